/* The thinnest Runtime API client: one keep-alive socket, GET /next, then POST /response echoing the
 * event. With next to nothing on the runtime side, its round trip is the emulator's own overhead plus
 * two loopback hops. Built by Benchmarks/lambda/run.sh. */
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

static char buffer[1 << 20];
static size_t filled;

/* Reads one HTTP response; returns its body (in `buffer`) and length, and the request id header. */
static char *read_response(int fd, size_t *body_length, char *request_id, size_t id_size) {
    for (;;) {
        char *end = memmem(buffer, filled, "\r\n\r\n", 4);
        if (end) {
            size_t head = (size_t)(end - buffer) + 4, length = 0;
            for (char *line = buffer; line < end; line = strstr(line, "\r\n") + 2) {
                if (strncasecmp(line, "Content-Length:", 15) == 0) length = strtoul(line + 15, NULL, 10);
                if (request_id && strncasecmp(line, "Lambda-Runtime-Aws-Request-Id:", 30) == 0) {
                    char *value = line + 30, *stop = strstr(value, "\r\n");
                    while (*value == ' ') value++;
                    size_t n = (size_t)(stop - value) < id_size - 1 ? (size_t)(stop - value) : id_size - 1;
                    memcpy(request_id, value, n);
                    request_id[n] = 0;
                }
            }
            while (filled < head + length) {
                ssize_t got = read(fd, buffer + filled, sizeof buffer - filled);
                if (got <= 0) exit(1);
                filled += (size_t)got;
            }
            static char body[1 << 20];
            memcpy(body, buffer + head, length);
            memmove(buffer, buffer + head + length, filled - head - length);
            filled -= head + length;
            *body_length = length;
            return body;
        }
        ssize_t got = read(fd, buffer + filled, sizeof buffer - filled);
        if (got <= 0) exit(1);
        filled += (size_t)got;
    }
}

int main(void) {
    const char *api = getenv("AWS_LAMBDA_RUNTIME_API");
    if (!api) return 2;
    char host[64];
    const char *colon = strrchr(api, ':');
    snprintf(host, sizeof host, "%.*s", (int)(colon - api), api);
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons((unsigned short)atoi(colon + 1))};
    inet_pton(AF_INET, host, &address.sin_addr);
    int fd = socket(AF_INET, SOCK_STREAM, 0), on = 1;
    if (connect(fd, (struct sockaddr *)&address, sizeof address) != 0) return 3;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    static const char next[] = "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: runtime\r\n\r\n";
    char request_id[128], head[512];
    for (;;) {
        if (write(fd, next, sizeof next - 1) < 0) return 4;
        size_t length;
        char *event = read_response(fd, &length, request_id, sizeof request_id);
        int n = snprintf(head, sizeof head,
            "POST /2018-06-01/runtime/invocation/%s/response HTTP/1.1\r\nHost: runtime\r\nContent-Length: %zu\r\n\r\n",
            request_id, length);
        char out[sizeof head + 4096];
        if (length <= 4096) {
            memcpy(out, head, (size_t)n);
            memcpy(out + n, event, length);
            if (write(fd, out, (size_t)n + length) < 0) return 4;
        } else if (write(fd, head, (size_t)n) < 0 || write(fd, event, length) < 0) {
            return 4;
        }
        read_response(fd, &length, NULL, 0);
    }
}
