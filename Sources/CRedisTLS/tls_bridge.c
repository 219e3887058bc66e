#define _GNU_SOURCE
#include "CRedisTLS.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

struct bridge {
    SSL *ssl;
    SSL_CTX *context;
    int network;  /* the TCP socket under the TLS connection */
    int local;    /* our end of the pair; hiredis has the other */
};

static void fail(char *error, size_t size, const char *what, const char *detail) {
    unsigned long code = ERR_get_error();
    char reason[256] = "";
    if (code != 0) ERR_error_string_n(code, reason, sizeof reason);
    snprintf(error, size, "%s%s%s%s%s", what, detail ? ": " : "", detail ? detail : "", code ? ": " : "", reason);
}

/* A TCP connection within timeout_ms, to the first address of host that answers. */
static int connect_tcp(const char *host, int port, int timeout_ms, char *error, size_t size) {
    char service[16];
    snprintf(service, sizeof service, "%d", port);
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM}, *addresses = NULL;
    int status = getaddrinfo(host, service, &hints, &addresses);
    if (status != 0) {
        snprintf(error, size, "cannot resolve %s: %s", host, gai_strerror(status));
        return -1;
    }
    int fd = -1, last = 0;
    for (struct addrinfo *address = addresses; address != NULL && fd < 0; address = address->ai_next) {
        fd = socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, address->ai_protocol);
        if (fd < 0) { last = errno; continue; }
        if (connect(fd, address->ai_addr, address->ai_addrlen) != 0) {
            struct pollfd wait = {.fd = fd, .events = POLLOUT};
            int soerror = 0;
            socklen_t length = sizeof soerror;
            if (errno != EINPROGRESS || poll(&wait, 1, timeout_ms) != 1
                || getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerror, &length) != 0 || soerror != 0) {
                last = soerror ? soerror : (errno == EINPROGRESS ? ETIMEDOUT : errno);
                close(fd);
                fd = -1;
            }
        }
    }
    freeaddrinfo(addresses);
    if (fd < 0) {
        snprintf(error, size, "cannot connect to %s:%d: %s", host, port, strerror(last ? last : ETIMEDOUT));
        return -1;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

static void set_timeouts(int fd, int timeout_ms) {
    struct timeval value = {.tv_sec = timeout_ms / 1000, .tv_usec = (timeout_ms % 1000) * 1000};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &value, sizeof value);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &value, sizeof value);
}

static int write_all(int fd, const char *bytes, size_t count) {
    while (count > 0) {
        ssize_t written = send(fd, bytes, count, MSG_NOSIGNAL);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return -1;
        bytes += written;
        count -= (size_t)written;
    }
    return 0;
}

/* Carries bytes both ways until either side closes. Redis answers what it was asked, so a read of a
 * partly arrived TLS record blocks only until the rest of that answer arrives. */
static void *pump(void *argument) {
    struct bridge *bridge = argument;
    char buffer[16384];
    for (;;) {
        if (SSL_pending(bridge->ssl) == 0) {
            struct pollfd waits[2] = {{.fd = bridge->network, .events = POLLIN}, {.fd = bridge->local, .events = POLLIN}};
            if (poll(waits, 2, -1) < 0) {
                if (errno == EINTR) continue;
                break;
            }
            if (waits[1].revents & (POLLIN | POLLHUP | POLLERR)) {
                ssize_t count = recv(bridge->local, buffer, sizeof buffer, 0);
                if (count < 0 && errno == EINTR) continue;
                if (count <= 0) break;
                if (SSL_write(bridge->ssl, buffer, (int)count) <= 0) break;
            }
            if (!(waits[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        }
        int count = SSL_read(bridge->ssl, buffer, sizeof buffer);
        if (count <= 0) {
            int reason = SSL_get_error(bridge->ssl, count);
            if (reason == SSL_ERROR_WANT_READ || reason == SSL_ERROR_WANT_WRITE) continue;
            break;
        }
        if (write_all(bridge->local, buffer, (size_t)count) != 0) break;
    }
    SSL_shutdown(bridge->ssl);
    SSL_free(bridge->ssl);
    SSL_CTX_free(bridge->context);
    close(bridge->network);
    close(bridge->local);
    free(bridge);
    return NULL;
}

int rl_tls_bridge_open(const char *host, int port, const char *ca_file, int timeout_ms, char *error, size_t error_size) {
    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    if (context == NULL) {
        fail(error, error_size, "cannot create a TLS context", NULL);
        return -1;
    }
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER, NULL);
    /* A read that finds only a non-data record (TLS 1.3 sends session tickets after the handshake) must
     * return to the pump's poll rather than wait for data, or a command waiting to go out never would. */
    SSL_CTX_clear_mode(context, SSL_MODE_AUTO_RETRY);
    int loaded = ca_file ? SSL_CTX_load_verify_locations(context, ca_file, NULL) : SSL_CTX_set_default_verify_paths(context);
    if (loaded != 1) {
        fail(error, error_size, "cannot load the CA certificates", ca_file ? ca_file : "OpenSSL's defaults");
        SSL_CTX_free(context);
        return -1;
    }
    int network = connect_tcp(host, port, timeout_ms, error, error_size);
    if (network < 0) {
        SSL_CTX_free(context);
        return -1;
    }
    SSL *ssl = SSL_new(context);
    struct in6_addr address;
    int is_address = inet_pton(AF_INET, host, &address) == 1 || inet_pton(AF_INET6, host, &address) == 1;
    X509_VERIFY_PARAM *parameters = SSL_get0_param(ssl);
    int named = is_address ? X509_VERIFY_PARAM_set1_ip_asc(parameters, host) : SSL_set1_host(ssl, host);
    if (!is_address) SSL_set_tlsext_host_name(ssl, host);
    set_timeouts(network, timeout_ms);
    if (named != 1 || SSL_set_fd(ssl, network) != 1 || SSL_connect(ssl) != 1) {
        long verified = SSL_get_verify_result(ssl);
        if (verified != X509_V_OK) {
            fail(error, error_size, "TLS handshake failed: certificate not trusted", X509_verify_cert_error_string(verified));
        } else {
            fail(error, error_size, "TLS handshake failed", NULL);
        }
        SSL_free(ssl);
        SSL_CTX_free(context);
        close(network);
        return -1;
    }
    /* The handshake had the connect time limit; from here hiredis's own command time limit applies on its end. */
    set_timeouts(network, 0);
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
        snprintf(error, error_size, "cannot make a socket pair: %s", strerror(errno));
        SSL_free(ssl);
        SSL_CTX_free(context);
        close(network);
        return -1;
    }
    struct bridge *bridge = malloc(sizeof *bridge);
    pthread_t thread;
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    if (bridge == NULL) {
        snprintf(error, error_size, "out of memory");
    } else {
        *bridge = (struct bridge){.ssl = ssl, .context = context, .network = network, .local = pair[1]};
        if (pthread_create(&thread, &attributes, pump, bridge) == 0) {
            pthread_attr_destroy(&attributes);
            return pair[0];
        }
        snprintf(error, error_size, "cannot start the TLS thread");
        free(bridge);
    }
    pthread_attr_destroy(&attributes);
    SSL_free(ssl);
    SSL_CTX_free(context);
    close(network);
    close(pair[0]);
    close(pair[1]);
    return -1;
}
