import CCurl
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One reusable libcurl easy handle (and so one kept-alive connection) whose blocking transfers run on
/// a private serial queue, never on the cooperative thread pool.
///
/// Sendable because the handle is only touched from `queue`.
package final class CurlConnection: @unchecked Sendable {
    private let queue: DispatchQueue
    private let handle: UnsafeMutableRawPointer

    package init(label: String) throws(TransportError) {
        Self.globalInit
        guard let handle = curl_easy_init() else { throw TransportError(message: "curl_easy_init failed") }
        self.handle = handle
        self.queue = DispatchQueue(label: label)
    }

    deinit {
        curl_easy_cleanup(handle)
    }

    /// libcurl's process-wide set-up, done once before the first handle.
    private static let globalInit: Void = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT))
    }()

    /// The trust roots for HTTPS: the PEM file SSL_CERT_FILE names, when set. libcurl's own default is
    /// the build machine's path (/etc/ssl/certs/ca-certificates.crt on Debian), which other Linuxes such
    /// as Lambda's lack; a package's `bootstrap` points SSL_CERT_FILE at the bundle it carries.
    private static let certificateFile: String? = {
        guard let value = getenv("SSL_CERT_FILE"), value.pointee != 0 else { return nil }
        return String(cString: value)
    }()

    package func perform(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        let result: Result<HTTPResponse, TransportError> = await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: self.performBlocking(request))
            }
        }
        return try result.get()
    }

    /// Runs `work` on the connection's queue, where it may perform any number of requests blocking,
    /// one after another: for a caller that chains transfers (an outcome, then the request that
    /// follows it) without a thread hand-off between them. Work runs in the order it was scheduled,
    /// after (and never beside) the transfers `perform` queued before it.
    package func schedule(_ work: @escaping @Sendable (BlockingTransfers) -> Void) {
        queue.async { work(BlockingTransfers(connection: self)) }
    }

    /// Transfers on the connection's queue, handed to work `schedule` runs; valid only inside it.
    package struct BlockingTransfers {
        fileprivate let connection: CurlConnection

        package func perform(_ request: HTTPRequest) -> Result<HTTPResponse, TransportError> {
            connection.performBlocking(request)
        }
    }

    private func performBlocking(_ request: HTTPRequest) -> Result<HTTPResponse, TransportError> {
        guard case .stream = request.body else {
            curl_easy_reset(handle)
            return performBlocking(request, on: handle)
        }
        // A chunked upload with trailers gets a handle of its own: with libcurl 7.88 a second such upload
        // on a reset handle crashes in an invalid free. The stream closes its connection anyway.
        guard let streamHandle = curl_easy_init() else { return .failure(TransportError(message: "curl_easy_init failed")) }
        defer { curl_easy_cleanup(streamHandle) }
        return performBlocking(request, on: streamHandle)
    }

    private func performBlocking(_ request: HTTPRequest, on handle: UnsafeMutableRawPointer) -> Result<HTTPResponse, TransportError> {
        let transfer = Transfer(request: request)
        let transferPointer = Unmanaged.passRetained(transfer)
        defer { transferPointer.release() }
        var headerList: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headerList) }

        return request.url.withCString { url in
            rl_curl_setopt_pointer(handle, CURLOPT_URL, url)
            rl_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
            if let certificateFile = Self.certificateFile {
                // libcurl copies string options, so the pointer need not outlive the call.
                certificateFile.withCString { _ = rl_curl_setopt_pointer(handle, CURLOPT_CAINFO, $0) }
            }
            rl_curl_setopt_long(handle, CURLOPT_TCP_NODELAY, 1)
            rl_curl_setopt_long(handle, CURLOPT_FORBID_REUSE, request.closeConnection ? 1 : 0)
            if let timeout = request.timeout {
                rl_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, timeout.milliseconds)
            }
            if let connectTimeout = request.connectTimeout {
                rl_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, connectTimeout.milliseconds)
            }
            let userdata = transferPointer.toOpaque()
            rl_curl_setopt_data_callback(handle, CURLOPT_HEADERFUNCTION, Transfer.headerCallback)
            rl_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, userdata)
            rl_curl_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION, Transfer.writeCallback)
            rl_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, userdata)
            if request.responseBody != nil {
                rl_curl_setopt_xferinfo_callback(handle, Transfer.progressCallback)
                rl_curl_setopt_pointer(handle, CURLOPT_XFERINFODATA, userdata)
                rl_curl_setopt_long(handle, CURLOPT_NOPROGRESS, 0)
            }

            var fields = request.headers.map { "\($0.name): \($0.value)" }
            // An empty Expect keeps curl from waiting for `100 Continue` before sending a body.
            fields.append("Expect:")
            switch request.body {
            case .none:
                if request.method != "GET" {
                    rl_curl_setopt_pointer(handle, CURLOPT_CUSTOMREQUEST, request.method)
                }
            case .bytes(let bytes):
                // libcurl keeps its own copy of the body, so it can send it again from its start: when a
                // kept-alive connection turns out closed by the server (an idle timeout) as the request goes
                // out, libcurl retries on a fresh connection, which a read callback could not rewind for.
                rl_curl_setopt_long(handle, CURLOPT_POST, 1)
                rl_curl_setopt_long(handle, CURLOPT_POSTFIELDSIZE, bytes.count)
                if bytes.isEmpty {
                    "".withCString { _ = rl_curl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, $0) }
                } else {
                    bytes.withUnsafeBytes { _ = rl_curl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress) }
                }
            case .stream:
                rl_curl_setopt_long(handle, CURLOPT_POST, 1)
                rl_curl_setopt_data_callback(handle, CURLOPT_READFUNCTION, Transfer.readCallback)
                rl_curl_setopt_pointer(handle, CURLOPT_READDATA, userdata)
                rl_curl_setopt_trailer_callback(handle, Transfer.trailerCallback)
                rl_curl_setopt_pointer(handle, CURLOPT_TRAILERDATA, userdata)
                rl_curl_setopt_sockopt_callback(handle, Transfer.socketCallback)
                rl_curl_setopt_pointer(handle, CURLOPT_SOCKOPTDATA, userdata)
                fields.append("Transfer-Encoding: chunked")
            }
            for field in fields {
                headerList = curl_slist_append(headerList, field)
            }
            rl_curl_setopt_pointer(handle, CURLOPT_HTTPHEADER, headerList)

            let code = curl_easy_perform(handle)
            if case .stream(let pipe) = request.body { pipe.transferEnded(completed: code == CURLE_OK) }
            if let download = request.responseBody {
                if code == CURLE_OK { download.finish() } else { download.abandon() }
            }
            guard code == CURLE_OK else {
                return .failure(TransportError(kind: TransportError.Kind(code), message: String(cString: curl_easy_strerror(code))))
            }
            var status = 0
            rl_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
            return .success(HTTPResponse(status: status, headers: transfer.headers, body: transfer.body))
        }
    }
}

extension TransportError.Kind {
    init(_ code: CURLcode) {
        switch code {
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: self = .cannotConnect
        case CURLE_OPERATION_TIMEDOUT: self = .timedOut
        default: self = .failed
        }
    }
}

extension Duration {
    /// Whole milliseconds, rounded up so that a tiny positive limit never becomes libcurl's "no limit" 0.
    fileprivate var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }
}
