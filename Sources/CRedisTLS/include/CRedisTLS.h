#ifndef RECORDLINE_CREDISTLS_H
#define RECORDLINE_CREDISTLS_H

#include <stddef.h>

/* hiredis 0.14 (Debian's) has no TLS, but reads and writes any connected socket it is handed
 * (redisConnectFd). rl_tls_bridge_open makes the TLS connection with OpenSSL and returns one end of a
 * socket pair; a thread of its own carries bytes between the other end and the TLS connection, and
 * closes both once either side is closed.
 *
 * The server's certificate is verified against ca_file, or OpenSSL's default trust roots (which
 * SSL_CERT_FILE names) when ca_file is NULL, and must name host (a DNS name or an IP address).
 * Returns the descriptor, or -1 with a message in error. */
int rl_tls_bridge_open(const char *host, int port, const char *ca_file, int timeout_ms, char *error, size_t error_size);

#endif
