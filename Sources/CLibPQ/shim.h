// shim.h: the C side of the MalbildPostgres module: libpq's types and constants only.
// The executable does not link libpq: MalbildPostgres loads it when the first connection
// is made (see LibPQ.swift), so that a session on a file does not load it and what it needs.
#ifndef MALBILD_CLIBPQ_SHIM_H
#define MALBILD_CLIBPQ_SHIM_H

#include <postgresql/libpq-fe.h>

/// The diagnostic field codes of an error result, which libpq defines as character
/// literals Swift does not import.
static const int malbild_pg_diag_sqlstate = PG_DIAG_SQLSTATE;
static const int malbild_pg_diag_message_primary = PG_DIAG_MESSAGE_PRIMARY;
static const int malbild_pg_diag_message_detail = PG_DIAG_MESSAGE_DETAIL;
static const int malbild_pg_diag_constraint_name = PG_DIAG_CONSTRAINT_NAME;

#endif
