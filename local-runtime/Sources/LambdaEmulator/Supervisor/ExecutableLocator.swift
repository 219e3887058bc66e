import Foundation

/// The mapping rule from a template's `CodeUri` to what runs locally:
/// 1. a CodeUri folder holding an executable `bootstrap` (the `provided.al2023` package shape) runs it
///    as it is, from that folder, whatever language it is written in;
/// 2. otherwise the executable named after the CodeUri's last path component (`functions/api` → `api`)
///    is looked up in the bin directories, in order (`--bin-dir`, else `.build/debug` then `.build/release`).
package struct ExecutableLocator: Sendable {
    /// Directory the template's relative CodeUris are resolved against.
    package let templateDirectory: URL
    package let binDirectories: [URL]

    package init(templateDirectory: URL, binDirectories: [URL]) {
        self.templateDirectory = templateDirectory
        self.binDirectories = binDirectories
    }

    package struct Located: Sendable, Equatable {
        package let executable: URL
        /// The process's working directory and `LAMBDA_TASK_ROOT`.
        package let taskRoot: URL

        package init(executable: URL, taskRoot: URL) {
            self.executable = executable
            self.taskRoot = taskRoot
        }
    }

    package enum Failure: Error, CustomStringConvertible, Equatable {
        case notFound(codeUri: String, searched: [String])

        package var description: String {
            switch self {
            case .notFound(let codeUri, let searched):
                "no executable for CodeUri '\(codeUri)': looked for \(searched.joined(separator: ", "))"
            }
        }
    }

    package func locate(codeUri: String?, functionLogicalId: String) throws(Failure) -> Located {
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
