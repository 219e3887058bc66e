#if canImport(Glibc)
import Glibc
#endif
import NIOCore

/// A TCP socket bound to 127.0.0.1 on a port the system picks, created close-on-exec. NIO creates its
/// own sockets without that flag, so a process spawned while one was open would keep a copy of the
/// listener (and could accept another environment's Runtime API connections); children are spawned
/// with every descriptor above stderr closed too, and this keeps the listener out of any exec.
enum LoopbackListener {
    struct Failure: Error, CustomStringConvertible {
        let call: String
        let code: Int32
        var description: String { "cannot open a Runtime API listener (\(call)): \(String(cString: strerror(code)))" }
    }

    static func open() throws -> NIOBSDSocket.Handle {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(call: "socket", code: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let code = errno
            close(descriptor)
            throw Failure(call: "bind", code: code)
        }
        return descriptor
    }
}
