#include "CCurl.h"

CURLcode rl_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode rl_curl_setopt_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode rl_curl_setopt_data_callback(CURL *handle, CURLoption option, rl_curl_data_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

CURLcode rl_curl_setopt_trailer_callback(CURL *handle, rl_curl_trailer_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_TRAILERFUNCTION, callback);
}

CURLcode rl_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

CURLcode rl_curl_setopt_sockopt_callback(CURL *handle, rl_curl_sockopt_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_SOCKOPTFUNCTION, callback);
}

CURLcode rl_curl_setopt_xferinfo_callback(CURL *handle, rl_curl_xferinfo_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
}
