#ifndef RECORDLINE_CCURL_H
#define RECORDLINE_CCURL_H

#include <curl/curl.h>

// curl_easy_setopt and curl_easy_getinfo are variadic and therefore invisible to Swift;
// these typed wrappers cover exactly the option kinds the HTTP transport uses.

typedef size_t (*rl_curl_data_callback)(char *buffer, size_t size, size_t count, void *userdata);
typedef int (*rl_curl_trailer_callback)(struct curl_slist **list, void *userdata);
typedef int (*rl_curl_sockopt_callback)(void *userdata, curl_socket_t socket, curlsocktype purpose);
typedef int (*rl_curl_xferinfo_callback)(void *userdata, curl_off_t download_total, curl_off_t download_now,
                                         curl_off_t upload_total, curl_off_t upload_now);

CURLcode rl_curl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode rl_curl_setopt_pointer(CURL *handle, CURLoption option, const void *value);
CURLcode rl_curl_setopt_data_callback(CURL *handle, CURLoption option, rl_curl_data_callback callback);
CURLcode rl_curl_setopt_trailer_callback(CURL *handle, rl_curl_trailer_callback callback);
CURLcode rl_curl_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode rl_curl_setopt_sockopt_callback(CURL *handle, rl_curl_sockopt_callback callback);
CURLcode rl_curl_setopt_xferinfo_callback(CURL *handle, rl_curl_xferinfo_callback callback);

#endif
