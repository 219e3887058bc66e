import Foundation

/// The mapping rule from a template's `CodeUri` to what runs locally:
/// 1. a CodeUri folder holding an executable `bootstrap` (the `provided.al2023` package shape) runs it
///    as it is, from that folder, whatever language it is written in;
/// 2. otherwise the executable named after the CodeUri's last path component (`functions/api` → `api`)
///    is looked up in the bin directories, in order (`--bin-dir`, else `.build/debug` then `.build/release`).
public struct ExecutableLocator: Sendable {
    /// Directory the template's relative CodeUris are resolved against.
    public let templateDirectory: URL
    public let binDirectories: [URL]

    public init(templateDirectory: URL, binDirectories: [URL]) {
        self.templateDirectory = templateDirectory
        self.binDirectories = binDirectories
    }

    public struct Located: Sendable, Equatable {
        public let executable: URL
        /// The process's working directory and `LAMBDA_TASK_ROOT`.
        public let taskRoot: URL

        public init(executable: URL, taskRoot: URL) {
            self.executable = executable
            self.taskRoot = taskRoot
        }
    }

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case notFound(codeUri: String, searched: [String])

        public var description: String {
            switch self {
            case .notFound(let codeUri, let searched):
                "no executable for CodeUri '\(codeUri)': looked for \(searched.joined(separator: ", "))"
            }
        }
    }

    public func locate(codeUri: String?, functionLogicalId: String) throws(Failure) -> Located {
        let uri = codeUri ?? "."
        let folder = (uri.hasPrefix("/") ? URL(fileURLWithPath: uri) : templateDirectory.appendingPathComponent(uri)).standardizedFileURL
        let bootstrap = folder.appendingPathComponent("bootstrap")
        if FileManager.default.isExecutableFile(atPath: bootstrap.path) {
            return Located(executable: bootstrap, taskRoot: folder)
        }
        let trimmed = uri.split(separator: "/").last.map(String.init) ?? ""
        let name = trimmed.isEmpty || trimmed == "." ? functionLogicalId : trimmed
        var searched = [bootstrap.path]
        for directory in binDirectories {
            let candidate = directory.appendingPathComponent(name).standardizedFileURL
            searched.append(candidate.path)
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return Located(executable: candidate, taskRoot: directory.standardizedFileURL)
            }
        }
        throw .notFound(codeUri: uri, searched: searched)
    }
}
