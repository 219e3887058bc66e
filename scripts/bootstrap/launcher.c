/*
 * The `bootstrap` of a Lambda package: starts the function's binary through the ELF loader and the
 * shared libraries bundled beside it (lib/), so the package needs nothing of the host but the kernel:
 * not its glibc (provided.al2023 has 2.34, older than the build machine's), not its libcurl or
 * libhiredis, not its CA certificates (certs/), not even a shell. Linked statically for the same reason.
 *
 * Built by scripts/package with LAUNCH_BINARY (the function's file name in the package) and
 * LAUNCH_LOADER (the loader's path in the package, read from the binary's PT_INTERP).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef LAUNCH_BINARY
#error "LAUNCH_BINARY must name the function's binary"
#endif
#ifndef LAUNCH_LOADER
#error "LAUNCH_LOADER must name the bundled ELF loader"
#endif

/* The package's folder: from /proc/self/exe where /proc is mounted, else from argv[0] (Lambda and
 * local-runtime start bootstrap by its path; a bare chroot has no /proc). */
static int package_directory(const char *argv0, char *out, size_t size) {
    char path[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length > 0) {
        path[length] = '\0';
    } else if (argv0 != NULL && strchr(argv0, '/') != NULL && strlen(argv0) < sizeof path) {
        strcpy(path, argv0);
    } else {
        return -1;
    }
    char *slash = strrchr(path, '/');
    if (slash == path) {
        slash[1] = '\0';
    } else {
        *slash = '\0';
    }
    if ((size_t)snprintf(out, size, "%s", path) >= size) return -1;
    return 0;
}

int main(int argc, char **argv) {
    char directory[PATH_MAX];
    if (package_directory(argc > 0 ? argv[0] : NULL, directory, sizeof directory) != 0) {
        fprintf(stderr, "bootstrap: cannot tell the package's folder (no /proc/self/exe and argv[0] has no path)\n");
        return 111;
    }
    char loader[PATH_MAX], libraries[PATH_MAX], binary[PATH_MAX];
    if ((size_t)snprintf(loader, sizeof loader, "%s/%s", directory, LAUNCH_LOADER) >= sizeof loader
        || (size_t)snprintf(libraries, sizeof libraries, "%s/lib", directory) >= sizeof libraries
        || (size_t)snprintf(binary, sizeof binary, "%s/%s", directory, LAUNCH_BINARY) >= sizeof binary) {
        fprintf(stderr, "bootstrap: the package's path is too long: %s\n", directory);
        return 111;
    }
    /* HTTPS trust roots: the bundle the package carries, unless the environment names its own. The
     * bundled libcurl would otherwise look for the build machine's path, which Lambda lacks. */
    char certificates[PATH_MAX];
    if ((size_t)snprintf(certificates, sizeof certificates, "%s/certs/ca-certificates.crt", directory) < sizeof certificates
        && access(certificates, R_OK) == 0) {
        setenv("SSL_CERT_FILE", certificates, 0);
    }
    /* loader --library-path lib --argv0 binary binary args…: only the bundled libraries are searched
     * first, and the function sees its own name, not the loader's. */
    int extra = argc > 1 ? argc - 1 : 0;
    char **arguments = calloc((size_t)extra + 7, sizeof *arguments);
    if (arguments == NULL) {
        fprintf(stderr, "bootstrap: out of memory\n");
        return 111;
    }
    int n = 0;
    arguments[n++] = loader;
    arguments[n++] = "--library-path";
    arguments[n++] = libraries;
    arguments[n++] = "--argv0";
    arguments[n++] = binary;
    arguments[n++] = binary;
    for (int i = 1; i < argc; i++) arguments[n++] = argv[i];
    arguments[n] = NULL;
    execv(loader, arguments);
    fprintf(stderr, "bootstrap: cannot start %s: %s\n", loader, strerror(errno));
    return 111;
}
