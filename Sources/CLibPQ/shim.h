// shim.h: the C side of the MalbildPostgres module: libpq's client interface, and the
// diagnostic field codes, which libpq defines as character literals Swift does not import.
#ifndef MALBILD_CLIBPQ_SHIM_H
#define MALBILD_CLIBPQ_SHIM_H

#include <libpq-fe.h>

/// The SQLSTATE code of an error result (PG_DIAG_SQLSTATE), or NULL.
static inline const char *malbild_pq_sqlstate(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_SQLSTATE);
}

/// The server's primary message of an error result (PG_DIAG_MESSAGE_PRIMARY), or NULL.
static inline const char *malbild_pq_message(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
}

/// The server's detail of an error result (PG_DIAG_MESSAGE_DETAIL), or NULL.
static inline const char *malbild_pq_detail(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL);
}

/// The constraint an error result names (PG_DIAG_CONSTRAINT_NAME), or NULL.
static inline const char *malbild_pq_constraint(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_CONSTRAINT_NAME);
}

#endif
