#ifndef LOCAL_RUNTIME_CHILD_SPAWN_H
#define LOCAL_RUNTIME_CHILD_SPAWN_H

#include <sys/types.h>

// Starts child processes that cannot outlive local-runtime, nor can any process they start: each is
// forked by one long-lived thread (the parent-death signal follows the thread that forked, not the
// process) as a keeper in a process group of its own, which is the subreaper of everything below it,
// holds no descriptor of local-runtime, and forks the program. The program gets SIGKILL as its
// parent-death signal (from the keeper), checks that its parent is still there, resets its signal
// mask and dispositions, and marks every descriptor above 2 close-on-exec, so it inherits no
// listener, connection or file of local-runtime. When local-runtime dies, however it dies, the keeper
// hears it (a parent-death signal of its own) and kills every descendant, helpers that left the
// process group included; when the program ends, it kills what the program left behind and ends as
// the program did, so waiting for the keeper is waiting for the program.

typedef struct {
    /// The program to execute (a path; PATH is not searched).
    const char *path;
    /// NULL-terminated, argv[0] included.
    char *const *argv;
    /// NULL-terminated `NAME=value` strings: the child's whole environment.
    char *const *envp;
    /// The working directory, or NULL to keep local-runtime's.
    const char *directory;
    /// Where stdout and stderr go; -1 for /dev/null. stdin is always /dev/null.
    int output_fd;
} child_spawn_request;

/// Starts the process. Returns 0 and stores the keeper's pid (the process group's), or the errno value
/// of what failed (in the child: chdir or execve, reported back through a close-on-exec pipe).
int child_spawn(const child_spawn_request *request, pid_t *pid);

/// Kills a started program and every process below it, helpers in sessions of their own included: the
/// keeper `keeper` (child_spawn's pid) kills them all, waits for them, then dies of SIGKILL. Killing the
/// process group instead would kill the keeper too, and helpers outside the group would survive it.
/// Returns 0, or the errno value of sending the order.
int child_spawn_kill(pid_t keeper);

#endif
