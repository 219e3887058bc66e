#define _GNU_SOURCE
#include "child_spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

// One request handed to the spawning thread, answered in place.
typedef struct {
    const child_spawn_request *request;
    pid_t pid;
    int error;
    int done;
} spawn_job;

// What local-runtime sends the keeper to kill the program and everything it started (a real-time
// signal no function is expected to send its own group; the keeper blocks it like every other, and
// reads it from its signalfd).
#define KILL_ORDER (SIGRTMAX)

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t job_posted = PTHREAD_COND_INITIALIZER;
static pthread_cond_t job_answered = PTHREAD_COND_INITIALIZER;
static spawn_job *pending = NULL;
static pthread_once_t spawner_once = PTHREAD_ONCE_INIT;
static int spawner_error = 0;

// Only async-signal-safe calls from here on, in the keeper and in the program's process until
// execve: the parent has many threads, and a fork a copy of whatever locks they held.

// The program's own process, forked by the keeper: SIGKILL when the keeper goes, whatever ends it
// (a keeper that died before this line is caught by the getppid check), default signal handling,
// the requested descriptors, then exec. Any failure is written to `report` and ends it.
static void run_program(const child_spawn_request *request, pid_t keeper, int devnull, int report, int highest_fd) {
    int error = 0;
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) { error = errno; goto fail; }
    if (getppid() != keeper) { error = ESRCH; goto fail; }

    // Handlers do not survive exec but ignored signals do (the Swift runtime ignores SIGPIPE), and
    // the spawning thread blocks every signal: start the program with the defaults.
    struct sigaction defaults;
    memset(&defaults, 0, sizeof defaults);
    defaults.sa_handler = SIG_DFL;
    for (int number = 1; number < NSIG; number++) {
        if (number != SIGKILL && number != SIGSTOP) sigaction(number, &defaults, NULL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);

    int out = request->output_fd >= 0 ? request->output_fd : devnull;
    if (dup2(devnull, 0) < 0 || dup2(out, 1) < 0 || dup2(out, 2) < 0) { error = errno; goto fail; }

    // Everything above stderr closes at exec: listeners, connections, the queue database. The report
    // pipe is already close-on-exec, so a successful exec closes it and the parent reads EOF.
    if (syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) != 0) {
        for (int fd = 3; fd <= highest_fd; fd++) fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    if (request->directory != NULL && chdir(request->directory) != 0) { error = errno; goto fail; }
    execve(request->path, request->argv, request->envp);
    error = errno;
fail:
    while (write(report, &error, sizeof error) < 0 && errno == EINTR) {}
    _exit(127);
}

// Kills every descendant of the keeper: its children one by one (never its own group, which it is in),
// then whatever they leave behind, which comes to the keeper as their subreaper, until none is left.
static void kill_descendants(void) {
    char path[64] = "/proc/self/task/";
    // The keeper has one thread, whose id is its pid.
    pid_t self = getpid();
    char digits[16];
    int length = 0;
    for (pid_t rest = self; rest > 0; rest /= 10) digits[length++] = (char)('0' + rest % 10);
    int at = 16;
    while (length > 0) path[at++] = digits[--length];
    memcpy(path + at, "/children", 10);
    for (;;) {
        int file = open(path, O_RDONLY | O_CLOEXEC);
        if (file >= 0) {
            char buffer[4096];
            ssize_t count;
            pid_t pid = 0;
            while ((count = read(file, buffer, sizeof buffer)) > 0) {
                for (ssize_t i = 0; i < count; i++) {
                    if (buffer[i] >= '0' && buffer[i] <= '9') {
                        pid = pid * 10 + (buffer[i] - '0');
                    } else if (pid > 0) {
                        kill(pid, SIGKILL);
                        pid = 0;
                    }
                }
            }
            if (pid > 0) kill(pid, SIGKILL);
            close(file);
        }
        if (waitpid(-1, NULL, 0) < 0 && errno == ECHILD) return;
    }
}

// The process local-runtime starts and waits for: it forks the program and stays its parent. Killing
// local-runtime cannot reach helpers the program starts itself (the parent-death signal is not
// inherited, and a helper may leave the process group), so the keeper, their subreaper, outlives
// local-runtime by the moment it takes to kill them all: it hears of local-runtime's death by a
// catchable parent-death signal, of the program's end by SIGCHLD. When the program ends, its helpers
// go too, and the keeper ends as the program did. Signals to the process group reach the program;
// the keeper, blocking them all, only dies of SIGKILL.
static void run_keeper(const child_spawn_request *request, pid_t parent, int devnull, int report, int highest_fd) {
    int error = 0;
    // The spawning thread blocks every signal, and so does the keeper from birth: the parent-death
    // signal and SIGCHLD wait for the signalfd below.
    if (prctl(PR_SET_PDEATHSIG, SIGUSR1) != 0) { error = errno; goto fail; }
    if (getppid() != parent) { error = ESRCH; goto fail; }
    if (setpgid(0, 0) != 0) { error = errno; goto fail; }
    if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0) { error = errno; goto fail; }
    // Named for what it is in ps and /proc, not after the thread that forked it.
    prctl(PR_SET_NAME, "lr-keeper");

    pid_t keeper = getpid();
    pid_t program = fork();
    if (program == 0) run_program(request, keeper, devnull, report, highest_fd);
    if (program < 0) { error = errno; goto fail; }

    // The keeper holds nothing of local-runtime's: no listener, no connection, not its output.
    dup2(devnull, 0);
    dup2(devnull, 1);
    dup2(devnull, 2);
    if (syscall(SYS_close_range, 3U, ~0U, 0U) != 0) {
        for (int fd = 3; fd <= highest_fd; fd++) close(fd);
    }
    sigset_t heard;
    sigemptyset(&heard);
    sigaddset(&heard, SIGCHLD);
    sigaddset(&heard, SIGUSR1);
    sigaddset(&heard, KILL_ORDER);
    int signals = signalfd(-1, &heard, SFD_CLOEXEC);
    if (signals < 0) {
        kill_descendants();
        _exit(127);
    }
    for (;;) {
        struct signalfd_siginfo info;
        ssize_t count = read(signals, &info, sizeof info);
        if (count < 0 && errno == EINTR) continue;
        if (count != (ssize_t)sizeof info || info.ssi_signo == SIGUSR1) {
            kill_descendants();
            _exit(137);
        }
        if (info.ssi_signo == KILL_ORDER) {
            // local-runtime's kill (`child_spawn_kill`): everything below goes, then the keeper, by
            // SIGKILL too, so its waiter sees the program killed.
            kill_descendants();
            kill(keeper, SIGKILL);
            _exit(137);
        }
        int status = 0;
        pid_t ended;
        while ((ended = waitpid(-1, &status, WNOHANG)) > 0) {
            if (ended != program) continue;
            kill_descendants();
            if (WIFSIGNALED(status)) {
                // Ends the way the program did, without a core of its own.
                int number = WTERMSIG(status);
                struct rlimit no_core = {0, 0};
                setrlimit(RLIMIT_CORE, &no_core);
                struct sigaction fatal;
                memset(&fatal, 0, sizeof fatal);
                fatal.sa_handler = SIG_DFL;
                sigaction(number, &fatal, NULL);
                sigset_t only;
                sigemptyset(&only);
                sigaddset(&only, number);
                sigprocmask(SIG_UNBLOCK, &only, NULL);
                kill(keeper, number);
                _exit(128 + number);
            }
            _exit(WEXITSTATUS(status));
        }
    }
fail:
    while (write(report, &error, sizeof error) < 0 && errno == EINTR) {}
    _exit(127);
}

static void spawn_now(spawn_job *job) {
    const child_spawn_request *request = job->request;
    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) { job->error = errno; return; }
    // The report end must not land on 0–2 (a local-runtime started with stdin closed), where the
    // child's dup2 calls would overwrite it.
    if (report[1] <= 2) {
        int moved = fcntl(report[1], F_DUPFD_CLOEXEC, 3);
        close(report[1]);
        if (moved < 0) { job->error = errno; close(report[0]); return; }
        report[1] = moved;
    }
    int devnull = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (devnull < 0) { job->error = errno; close(report[0]); close(report[1]); return; }
    struct rlimit limit;
    int highest_fd = (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < 1048576)
        ? (int)limit.rlim_cur - 1 : 1048575;

    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0) run_keeper(request, parent, devnull, report[1], highest_fd);
    int fork_error = errno;
    close(report[1]);
    close(devnull);
    if (pid < 0) { close(report[0]); job->error = fork_error; return; }
    // Also from this side, so signalling the group right after the return cannot miss it.
    setpgid(pid, pid);

    int child_error = 0;
    ssize_t count;
    do { count = read(report[0], &child_error, sizeof child_error); } while (count < 0 && errno == EINTR);
    close(report[0]);
    if (count == (ssize_t)sizeof child_error) {
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {}
        job->error = child_error ? child_error : ECHILD;
        return;
    }
    job->pid = pid;
    job->error = 0;
}

static void *spawner_main(void *unused) {
    (void)unused;
    pthread_mutex_lock(&lock);
    for (;;) {
        while (pending == NULL) pthread_cond_wait(&job_posted, &lock);
        spawn_job *job = pending;
        pthread_mutex_unlock(&lock);
        spawn_now(job);
        pthread_mutex_lock(&lock);
        job->done = 1;
        pending = NULL;
        pthread_cond_broadcast(&job_answered);
    }
    return NULL;
}

static void start_spawner(void) {
    // The thread takes no process signals: they stay with the threads that handle them.
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    pthread_t thread;
    spawner_error = pthread_create(&thread, &attributes, spawner_main, NULL);
    pthread_attr_destroy(&attributes);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
}

int child_spawn(const child_spawn_request *request, pid_t *pid) {
    pthread_once(&spawner_once, start_spawner);
    if (spawner_error != 0) return spawner_error;
    spawn_job job = {request, 0, 0, 0};
    pthread_mutex_lock(&lock);
    while (pending != NULL) pthread_cond_wait(&job_answered, &lock);
    pending = &job;
    pthread_cond_signal(&job_posted);
    while (!job.done) pthread_cond_wait(&job_answered, &lock);
    pthread_mutex_unlock(&lock);
    if (job.error == 0) *pid = job.pid;
    return job.error;
}

int child_spawn_kill(pid_t keeper) {
    return kill(keeper, KILL_ORDER) == 0 ? 0 : errno;
}
