import Foundation

/// Text a command reads: a file named on the command line, or standard input when none is named or
/// the name is '-'. Errors say which text could not be read and exit with the sysexits code.
enum InputText {
    static func read(_ file: String?, what: String) throws -> String {
        let data: Data
        if let file, file != "-" {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw failure("cannot read \(file): no such file or not readable", exitCode: 66)
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let place = file.map { $0 == "-" ? "" : " in \($0)" } ?? ""
            throw failure("\(what)\(place) is not valid UTF-8 text", exitCode: 65)
        }
        return text
    }
}
