// shim.h: the C side of the LineEditing module.
//
// Swift cannot call variadic C functions, so every el_wset/el_wget/history_w call shape
// used by LineEditing has a static inline wrapper here. Also: locale set-up (libedit drops
// non-ASCII input without a UTF-8 LC_CTYPE), the standard FILE pointers (Swift 6 rejects
// glibc's mutable globals), Ctrl-C handling, terminal width, and pseudo-terminal helpers for
// the terminal tests. libedit itself is not linked: its functions are taken from the
// library when the first line reader starts (see "libedit, loaded when line editing starts").
#ifndef MALBILD_CEDITLINE_SHIM_H
#define MALBILD_CEDITLINE_SHIM_H

#include <histedit.h>
#include <dlfcn.h>

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

// MARK: - Standard streams and errno

// MARK: - libedit, loaded when line editing starts

/// libedit's functions. The executable does not link libedit: it is loaded (with the
/// terminal libraries it needs) only when a session edits lines at a terminal, so that a
/// script or a pipe starts without it.
struct malbild_editline {
    EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
    void (*el_end)(EditLine *);
    int (*el_source)(EditLine *, const char *);
    void (*el_resize)(EditLine *);
    const wchar_t *(*el_wgets)(EditLine *, int *);
    const LineInfoW *(*el_wline)(EditLine *);
    int (*el_winsertstr)(EditLine *, const wchar_t *);
    void (*el_deletestr)(EditLine *, int);
    int (*el_cursor)(EditLine *, int);
    int (*el_wset)(EditLine *, int, ...);
    int (*el_wget)(EditLine *, int, ...);
    HistoryW *(*history_winit)(void);
    void (*history_wend)(HistoryW *);
    int (*history_w)(HistoryW *, HistEventW *, int, ...);
};

/// The library's name as the dynamic loader looks it up, and the Debian package that holds it.
#define MALBILD_EDITLINE_LIBRARY "libedit.so.2"
#define MALBILD_EDITLINE_PACKAGE "libedit2"

/// Loads the library `name` and takes its functions into `table`: 1, or 0 with the loader's
/// words in `error` (a missing library, or a function it lacks).
static inline int malbild_editline_open(const char *name, struct malbild_editline *table,
                                        char *error, size_t size) {
    void *handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *why = dlerror();
        snprintf(error, size, "%s", why ? why : name);
        return 0;
    }
    struct { const char *symbol; void **slot; } functions[] = {
        {"el_init", (void **)&table->el_init},
        {"el_end", (void **)&table->el_end},
        {"el_source", (void **)&table->el_source},
        {"el_resize", (void **)&table->el_resize},
        {"el_wgets", (void **)&table->el_wgets},
        {"el_wline", (void **)&table->el_wline},
        {"el_winsertstr", (void **)&table->el_winsertstr},
        {"el_deletestr", (void **)&table->el_deletestr},
        {"el_cursor", (void **)&table->el_cursor},
        {"el_wset", (void **)&table->el_wset},
        {"el_wget", (void **)&table->el_wget},
        {"history_winit", (void **)&table->history_winit},
        {"history_wend", (void **)&table->history_wend},
        {"history_w", (void **)&table->history_w},
    };
    for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++) {
        *functions[i].slot = dlsym(handle, functions[i].symbol);
        if (!*functions[i].slot) {
            snprintf(error, size, "%s has no function %s", name, functions[i].symbol);
            return 0;
        }
    }
    return 1;
}

/// The table the wrappers below call through, filled by the first load.
static inline struct malbild_editline *malbild_editline_functions(void) {
    static struct malbild_editline table;
    return &table;
}

/// Why the library could not be loaded; empty while it was not tried or was loaded.
static inline char *malbild_editline_problem(void) {
    static char text[512];
    return text;
}

/// Loads libedit the first time: 1 when its functions can be called, else 0
/// (``malbild_editline_error()`` says why).
static inline int malbild_editline_load(void) {
    /// 0 before the first try, 1 when loaded, -1 when the library could not be loaded.
    static int state = 0;
    if (state == 0) {
        state = malbild_editline_open(MALBILD_EDITLINE_LIBRARY, malbild_editline_functions(),
                                      malbild_editline_problem(), 512) ? 1 : -1;
    }
    return state > 0;
}

/// Why libedit could not be loaded; empty when it was, or was not tried.
static inline const char *malbild_editline_error(void) { return malbild_editline_problem(); }

// libedit's functions as LineEditing calls them, each through the table (the library is
// loaded by the first call, which is malbild_editline_el_init's).
static inline EditLine *malbild_editline_el_init(const char *program, FILE *in, FILE *out, FILE *err) {
    return malbild_editline_load() ? malbild_editline_functions()->el_init(program, in, out, err) : NULL;
}
static inline void malbild_editline_el_end(EditLine *el) {
    if (malbild_editline_load()) malbild_editline_functions()->el_end(el);
}
static inline int malbild_editline_el_source(EditLine *el, const char *file) {
    return malbild_editline_load() ? malbild_editline_functions()->el_source(el, file) : -1;
}
static inline void malbild_editline_el_resize(EditLine *el) {
    if (malbild_editline_load()) malbild_editline_functions()->el_resize(el);
}
static inline const wchar_t *malbild_editline_el_wgets(EditLine *el, int *count) {
    if (!malbild_editline_load()) { *count = -1; return NULL; }
    return malbild_editline_functions()->el_wgets(el, count);
}
static inline const LineInfoW *malbild_editline_el_wline(EditLine *el) {
    return malbild_editline_load() ? malbild_editline_functions()->el_wline(el) : NULL;
}
static inline int malbild_editline_el_winsertstr(EditLine *el, const wchar_t *text) {
    return malbild_editline_load() ? malbild_editline_functions()->el_winsertstr(el, text) : -1;
}
static inline void malbild_editline_el_deletestr(EditLine *el, int count) {
    if (malbild_editline_load()) malbild_editline_functions()->el_deletestr(el, count);
}
static inline int malbild_editline_el_cursor(EditLine *el, int count) {
    return malbild_editline_load() ? malbild_editline_functions()->el_cursor(el, count) : -1;
}
static inline HistoryW *malbild_editline_history_winit(void) {
    return malbild_editline_load() ? malbild_editline_functions()->history_winit() : NULL;
}
static inline void malbild_editline_history_wend(HistoryW *history) {
    if (malbild_editline_load()) malbild_editline_functions()->history_wend(history);
}

// The shim's own calls below go through the table as well.
#define el_wset (malbild_editline_load(), malbild_editline_functions()->el_wset)
#define el_wget (malbild_editline_load(), malbild_editline_functions()->el_wget)
#define history_w (malbild_editline_load(), malbild_editline_functions()->history_w)
#define el_wline malbild_editline_el_wline
#define el_resize malbild_editline_el_resize

static inline FILE *malbild_stdin(void) { return stdin; }
static inline FILE *malbild_stdout(void) { return stdout; }
static inline FILE *malbild_stderr(void) { return stderr; }

static inline int malbild_errno(void) { return errno; }
static inline void malbild_set_errno(int value) { errno = value; }

// MARK: - Locale

/// Sets LC_CTYPE from the environment; when that does not give a UTF-8 codeset (LANG unset,
/// "C", "POSIX", a Latin-1 locale), falls back to C.UTF-8. Returns 1 when the codeset in force
/// afterwards is UTF-8, else 0. Call before el_init: libedit reads the codeset there.
static inline int malbild_setup_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) {
        return 1;
    }
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL && setlocale(LC_CTYPE, "C.utf8") == NULL) {
        return 0;
    }
    codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

// MARK: - Interrupts (Ctrl-C)
//
// A SIGINT handler that only does nothing would lose a Ctrl-C that arrives while libedit is
// between two read(2) calls (echoing the last key, say): the read after it blocks and never
// sees EINTR. So the handler writes a byte to a pipe, and libedit reads characters through
// malbild_el_read_char, which waits for the terminal and that pipe together. Only LineEditing
// calls these functions, so there is one copy of the state below.

static int malbild_interrupt_pipe[2] = {-1, -1};
/// 1 after MALBILD_KEY_INTERRUPT was sent: the next read fails with EINTR.
static int malbild_interrupt_stage = 0;
/// 1 when the next read sends MALBILD_KEY_PREFILL.
static int malbild_prefill_pending = 0;
/// A byte read ahead and not used yet, or -1.
static int malbild_pushback = -1;
/// 1 when line breaks followed at once by more input count as pasted.
static int malbild_paste_detection = 0;

static void malbild_sigint_handler(int signo) {
    (void)signo;
    int saved = errno;
    int fd = malbild_interrupt_pipe[1];
    if (fd >= 0) {
        char byte = 1;
        ssize_t ignored = write(fd, &byte, 1);  // full pipe: an interrupt is pending anyway
        (void)ignored;
    }
    errno = saved;
}

/// Creates the interrupt pipe (once) and installs the SIGINT handler, without SA_RESTART.
/// From then on Ctrl-C never ends the process: it interrupts the line being read, and one
/// that arrives while no line is read is discarded by malbild_clear_interrupts.
/// Returns 0 on success, -1 with errno set on failure.
static inline int malbild_install_sigint_handler(void) {
    if (malbild_interrupt_pipe[0] < 0) {
        int fds[2];
        if (pipe(fds) != 0) return -1;
        for (int i = 0; i < 2; i++) {
            fcntl(fds[i], F_SETFD, FD_CLOEXEC);
            fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
        }
        malbild_interrupt_pipe[0] = fds[0];
        malbild_interrupt_pipe[1] = fds[1];
    }
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = malbild_sigint_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}

/// Forgets the interrupts that arrived so far (during a command, before the next prompt).
static inline void malbild_clear_interrupts(void) {
    char bytes[64];
    malbild_interrupt_stage = 0;
    if (malbild_interrupt_pipe[0] < 0) return;
    while (read(malbild_interrupt_pipe[0], bytes, sizeof(bytes)) > 0) {}
}

// MARK: - Window size changes

static volatile sig_atomic_t malbild_window_changed = 0;

static void malbild_sigwinch_handler(int signo) {
    (void)signo;
    malbild_window_changed = 1;
}

/// Notes window size changes (SIGWINCH, with SA_RESTART) for malbild_take_window_change.
static inline int malbild_install_sigwinch_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = malbild_sigwinch_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGWINCH, &action, NULL);
}

/// Whether the window changed size since the last call.
static inline int malbild_take_window_change(void) {
    int changed = malbild_window_changed;
    malbild_window_changed = 0;
    return changed;
}

// MARK: - Synthetic keys
//
// The character reader below hands libedit a few characters no keyboard sends (C1 controls,
// never inserted as text), each bound by LineEditing to a function of its own: the way into
// libedit's loop for things that are not keys.

/// Puts the text to prefill into the line (sent once, first, when asked for).
#define MALBILD_KEY_PREFILL 0x9D
/// Ctrl-C: the line is dropped (the next read then fails with EINTR).
#define MALBILD_KEY_INTERRUPT 0x9E
/// A line break that came with more input right behind it: part of a paste, not Enter.
#define MALBILD_KEY_PASTED_BREAK 0x9F
/// The window changed size: libedit has been told, the line is drawn again.
#define MALBILD_KEY_RESIZED 0x9C
/// Nothing more is typed yet and the line is wider than the terminal: it is drawn again.
#define MALBILD_KEY_REDRAW 0x9B
/// The news descriptor became readable while a key was awaited: the cursor goes to the start
/// of the line first, so that the news can be written above the prompt.
#define MALBILD_KEY_NEWS 0x9A
/// Sent right after MALBILD_KEY_NEWS: the news is written and the line drawn again below it.
#define MALBILD_KEY_NEWS_SHOW 0x99

/// A descriptor the character reader watches besides the terminal while it waits for a key
/// (-1: none): when it becomes readable, MALBILD_KEY_NEWS is sent.
static int malbild_news_fd = -1;
/// 1 after MALBILD_KEY_NEWS was sent, until MALBILD_KEY_NEWS_SHOW follows it.
static int malbild_news_pending = 0;

/// Sets the descriptor the character reader watches for news (-1: none).
static inline void malbild_set_news_fd(int fd) { malbild_news_fd = fd; malbild_news_pending = 0; }

/// How long after a line break more input must arrive for the break to count as pasted.
/// A person cannot press Enter and another key within it; a terminal writing a paste does.
#define MALBILD_PASTE_WINDOW_MS 25


/// Asks the reader to send MALBILD_KEY_PREFILL first on the next line read.
static inline void malbild_request_prefill(void) { malbild_prefill_pending = 1; }

/// Turns telling pasted line breaks from Enter on (1, standard input is a terminal) or off.
static inline void malbild_set_paste_detection(int on) { malbild_paste_detection = on; }

/// Waits up to `timeout_ms` (-1: for ever) for standard input or the interrupt pipe.
/// Returns 1 when input is ready, 2 on an interrupt, 3 when the window changed size, 4 when
/// the news descriptor is readable (these two only when `report_resize`: between keys),
/// 0 on timeout, -1 on error. Keys typed come before news.
static inline int malbild_wait_input_reporting(int timeout_ms, int report_resize) {
    if (malbild_pushback >= 0) return 1;
    for (;;) {
        struct pollfd fds[3];
        fds[0].fd = 0;
        fds[0].events = POLLIN;
        fds[0].revents = 0;
        fds[1].fd = malbild_interrupt_pipe[0];
        fds[1].events = POLLIN;
        fds[1].revents = 0;
        fds[2].fd = report_resize ? malbild_news_fd : -1;
        fds[2].events = POLLIN;
        fds[2].revents = 0;
        int ready = poll(fds, 3, timeout_ms);
        if (ready < 0) {
            if (errno != EINTR) return -1;
            if (report_resize && malbild_window_changed) return 3;
            continue;
        }
        if (ready == 0) return 0;
        if (fds[1].fd >= 0 && (fds[1].revents & POLLIN)) return 2;
        if (fds[0].revents != 0) return 1;
        if (fds[2].fd >= 0 && fds[2].revents != 0) return 4;
    }
}

/// Waits up to `timeout_ms` (-1: for ever) for standard input or the interrupt pipe.
/// Returns 1 when input is ready, 2 on an interrupt, 0 on timeout, -1 on error.
static inline int malbild_wait_input(int timeout_ms) {
    return malbild_wait_input_reporting(timeout_ms, 0);
}

/// One byte of standard input, waiting up to `timeout_ms` (-1: for ever) for it.
/// Returns the byte, -1 at end of input, -2 on timeout, -3 on an interrupt (left pending for
/// the character reader), -4 on a read error (errno set).
static inline int malbild_read_byte(int timeout_ms) {
    if (malbild_pushback >= 0) {
        int byte = malbild_pushback;
        malbild_pushback = -1;
        return byte;
    }
    for (;;) {
        int ready = malbild_wait_input(timeout_ms);
        if (ready == 0) return -2;
        if (ready == 2) return -3;
        if (ready < 0) return -4;
        unsigned char byte;
        ssize_t got = read(0, &byte, 1);
        if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (got < 0) return -4;
        if (got == 0) return -1;
        return byte;
    }
}

/// libedit's character reader (EL_GETCFN): one character from standard input, decoded in the
/// current locale like libedit's own reader, or -1 with errno EINTR when Ctrl-C came first;
/// 0 at end of input, -1 with errno on a read error. Ctrl-C first sends MALBILD_KEY_INTERRUPT
/// (so the line can be kept and the cursor put after it) and fails on the read after that.
/// With paste detection on, a line break followed within MALBILD_PASTE_WINDOW_MS by more
/// input comes as MALBILD_KEY_PASTED_BREAK (CR LF counts as one break).
static inline int malbild_terminal_columns(int fd);

/// 1 after MALBILD_KEY_REDRAW was sent, until a key is read: one redraw per pause.
static int malbild_redrawn = 0;

static inline int malbild_el_read_char(EditLine *el, wchar_t *out) {
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    *out = L'\0';
    if (malbild_interrupt_stage == 1) {
        malbild_interrupt_stage = 0;
        errno = EINTR;
        return -1;
    }
    if (malbild_prefill_pending) {
        malbild_prefill_pending = 0;
        *out = MALBILD_KEY_PREFILL;
        return 1;
    }
    if (malbild_news_pending) {
        malbild_news_pending = 0;
        *out = MALBILD_KEY_NEWS_SHOW;
        return 1;
    }
    for (;;) {
        if (count == 0 && malbild_pushback < 0 && !malbild_redrawn && malbild_wait_input(0) == 0) {
            // Nothing more is typed yet: a line wider than the terminal is drawn anew.
            // libedit's redraw of one key's change to a line over several rows can leave a
            // row stale (cut short, or with old text); the room must never see a broken line.
            const LineInfoW *line = el_wline(el);
            int columns = malbild_terminal_columns(STDOUT_FILENO);
            if (line && columns > 0 && (line->lastchar - line->buffer) + 20 >= columns) {
                malbild_redrawn = 1;
                *out = MALBILD_KEY_REDRAW;
                return 1;
            }
        }
        if (malbild_pushback < 0) {
            int ready = malbild_wait_input_reporting(-1, count == 0);
            if (ready < 0) return -1;
            if (ready == 3) {
                malbild_window_changed = 0;
                el_resize(el);
                *out = MALBILD_KEY_RESIZED;
                return 1;
            }
            if (ready == 4) {
                malbild_news_pending = 1;
                *out = MALBILD_KEY_NEWS;
                return 1;
            }
            if (ready == 2) {
                malbild_clear_interrupts();
                malbild_interrupt_stage = 1;
                *out = MALBILD_KEY_INTERRUPT;
                return 1;
            }
        }
        int byte = malbild_read_byte(-1);
        malbild_redrawn = 0;
        if (byte == -3) continue;
        if (byte == -1) return 0;
        if (byte < 0) return -1;
        if (count == 0 && malbild_paste_detection && (byte == '\r' || byte == '\n')) {
            if (malbild_wait_input(MALBILD_PASTE_WINDOW_MS) == 1) {
                if (byte == '\r') {
                    int next = malbild_read_byte(0);
                    if (next >= 0 && next != '\n') malbild_pushback = next;
                }
                *out = MALBILD_KEY_PASTED_BREAK;
                return 1;
            }
        }
        bytes[count++] = (char)byte;
        mbstate_t state;
        memset(&state, 0, sizeof(state));
        size_t used = mbrtowc(out, bytes, count, &state);
        if (used == (size_t)-2 && count < sizeof(bytes)) continue;  // more bytes to come
        if (used == (size_t)-1 || used == (size_t)-2) {              // not a character: drop
            count = 0;
            *out = L'\0';
            continue;
        }
        return 1;
    }
}

// MARK: - Terminal size

/// The column count of the terminal on `fd`, or 0 when it is not a terminal or unknown.
static inline int malbild_terminal_columns(int fd) {
    struct winsize size;
    memset(&size, 0, sizeof(size));
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

/// The row count of the terminal on `fd`, or 0 when it is not a terminal or unknown.
static inline int malbild_terminal_rows(int fd) {
    struct winsize size;
    memset(&size, 0, sizeof(size));
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_row;
}

/// Sets the window size of the terminal on `fd` (a pty master or slave). 0 or -1.
static inline int malbild_set_window_size(int fd, unsigned short rows, unsigned short columns) {
    struct winsize size;
    memset(&size, 0, sizeof(size));
    size.ws_row = rows;
    size.ws_col = columns;
    return ioctl(fd, TIOCSWINSZ, &size);
}

// MARK: - libedit call shapes

typedef wchar_t *(*malbild_wprompt_func)(EditLine *);
typedef unsigned char (*malbild_el_func)(EditLine *, int);

static inline int malbild_el_set_editor(EditLine *el, const wchar_t *mode) {
    return el_wset(el, EL_EDITOR, mode);
}

static inline int malbild_el_set_prompt_esc(EditLine *el, malbild_wprompt_func prompt,
                                           wchar_t escape) {
    return el_wset(el, EL_PROMPT_ESC, prompt, escape);
}

static inline int malbild_el_set_history(EditLine *el, HistoryW *history) {
    return el_wset(el, EL_HIST, history_w, history);
}

static inline int malbild_el_set_clientdata(EditLine *el, void *data) {
    return el_wset(el, EL_CLIENTDATA, data);
}

static inline void *malbild_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_wget(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int malbild_el_set_signal(EditLine *el, int on) {
    return el_wset(el, EL_SIGNAL, on);
}

typedef int (*malbild_el_read_func)(EditLine *, wchar_t *);

static inline int malbild_el_set_read_char(EditLine *el, malbild_el_read_func function) {
    return el_wset(el, EL_GETCFN, function);
}

/// Puts the terminal into libedit's editing mode now (1) or back to normal (0).
static inline int malbild_el_prep_term(EditLine *el, int on) {
    return el_wset(el, EL_PREP_TERM, on);
}

/// EL_ADDFN keeps the name and help pointers, so they must stay alive as long as `el`.
static inline int malbild_el_add_function(EditLine *el, const wchar_t *name,
                                          const wchar_t *help, malbild_el_func function) {
    return el_wset(el, EL_ADDFN, name, help, function);
}

static inline int malbild_el_bind(EditLine *el, const wchar_t *key, const wchar_t *command) {
    return el_wset(el, EL_BIND, key, command, (const wchar_t *)NULL);
}

// MARK: - history_w call shapes

static inline int malbild_history_set_size(HistoryW *h, int size) {
    HistEventW event;
    return history_w(h, &event, H_SETSIZE, size);
}

static inline int malbild_history_set_unique(HistoryW *h, int unique) {
    HistEventW event;
    return history_w(h, &event, H_SETUNIQUE, unique);
}

static inline int malbild_history_enter(HistoryW *h, const wchar_t *line) {
    HistEventW event;
    return history_w(h, &event, H_ENTER, line);
}

static inline int malbild_history_load(HistoryW *h, const char *path) {
    HistEventW event;
    return history_w(h, &event, H_LOAD, path);
}

static inline int malbild_history_save(HistoryW *h, const char *path) {
    HistEventW event;
    return history_w(h, &event, H_SAVE, path);
}

// MARK: - Pseudo-terminals (tests)

// glibc declares these only under _XOPEN_SOURCE/_GNU_SOURCE, and defining those here would make
// this module's view of the system headers differ from the other modules' (clang refuses).
// The prototypes are the POSIX (and GNU) ones.
extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern int ptsname_r(int fd, char *buf, size_t buflen);

/// Opens a new pty master (close-on-exec, not our controlling terminal), grants and unlocks
/// its far side and sets its size. Writes the far side's path into `name`. Returns the master
/// fd or -1 with errno set.
static inline int malbild_pty_open(char *name, size_t name_size, unsigned short rows,
                                   unsigned short columns) {
    int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) return -1;
    if (grantpt(master) != 0 || unlockpt(master) != 0 ||
        ptsname_r(master, name, name_size) != 0 ||
        malbild_set_window_size(master, rows, columns) != 0) {
        int saved = errno;
        close(master);
        errno = saved;
        return -1;
    }
    return master;
}

/// In a child after fork: no signal blocked, and the default action for those the shell handles
/// or ignores (only async-signal-safe calls).
static inline void malbild_child_signal_defaults(void) {
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGINT, SIG_DFL);
    signal(SIGPIPE, SIG_DFL);
    signal(SIGQUIT, SIG_DFL);
    signal(SIGWINCH, SIG_DFL);
    signal(SIGTSTP, SIG_DFL);
    signal(SIGTTIN, SIG_DFL);
    signal(SIGTTOU, SIG_DFL);
}

/// Forks a child that starts a new session, opens `slave_path` as its controlling terminal
/// and stdin/stdout/stderr, changes to `directory` (unless NULL), and executes `path` with
/// `argv` and `envp` (both NULL-terminated, built before the call: the child only makes
/// async-signal-safe calls). Returns the child's pid, or -1 with errno set. A child that
/// cannot execute exits with status 127.
static inline pid_t malbild_spawn_on_pty(const char *path, char *const argv[],
                                         char *const envp[], const char *slave_path,
                                         const char *directory) {
    pid_t pid = fork();
    if (pid != 0) return pid;

    malbild_child_signal_defaults();
    if (setsid() < 0) _exit(127);
    int slave = open(slave_path, O_RDWR);
    if (slave < 0) _exit(127);
    if (ioctl(slave, TIOCSCTTY, 0) != 0) _exit(127);
    if (dup2(slave, 0) < 0 || dup2(slave, 1) < 0 || dup2(slave, 2) < 0) _exit(127);
    if (slave > 2) close(slave);
    if (directory != NULL && chdir(directory) != 0) _exit(127);
    execve(path, argv, envp);
    _exit(127);
}


/// Forks a child in the shell's own process group, so that a program that reads the terminal
/// (a pager, an editor) is in the terminal's foreground and can; its signals are the default
/// ones and none is blocked. Its standard input is `input_fd` when that is 0 or more (closed in
/// the child after the copy; `close_fd` too, when 0 or more), else the shell's. Executes `path`
/// with `argv` and `envp` (built before the call: the child only makes async-signal-safe calls).
/// Returns the child's pid, or -1 with errno set. A child that cannot execute exits with 127.
static inline pid_t malbild_spawn_in_foreground(const char *path, char *const argv[], char *const envp[],
                                                int input_fd, int close_fd) {
    pid_t pid = fork();
    if (pid != 0) return pid;

    malbild_child_signal_defaults();
    if (close_fd >= 0) close(close_fd);
    if (input_fd >= 0) {
        if (dup2(input_fd, 0) < 0) _exit(127);
        if (input_fd != 0) close(input_fd);
    }
    execve(path, argv, envp);
    _exit(127);
}

/// Waits for a child; its exit status, or -1 when it was ended by a signal or cannot be waited for.
static inline int malbild_wait_child(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

#endif
