import Foundation
import LambdaWire
import TeacherAPI

/// Batch calls the shared harness does not make: a query string, a binary body, a binary answer.
extension APIHarness {
    func raw(
        _ method: String, _ path: String, query: String = "", body: [UInt8]? = nil, contentType: String? = nil, token: String
    ) async -> HTTPAPIResponse {
        var headers = ["authorization": "Bearer \(token)"]
        headers["content-type"] = contentType
        let request = HTTPAPIRequest(
            method: method, rawPath: path, rawQueryString: query, headers: headers, body: body.map { Data($0).base64EncodedString() },
            isBase64Encoded: body != nil)
        guard case .response(let response) = await api.handle(request) else { return HTTPAPIResponse(statusCode: 0) }
        return response
    }

    static func json(_ response: HTTPAPIResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data((response.body ?? "").utf8))) as? [String: Any] ?? [:]
    }

    static func bytes(_ response: HTTPAPIResponse) -> [UInt8] {
        guard let body = response.body else { return [] }
        return response.isBase64Encoded == true ? Array(Data(base64Encoded: body) ?? Data()) : Array(body.utf8)
    }

    static func error(_ response: HTTPAPIResponse) -> (field: String?, message: String) {
        let error = json(response)["error"] as? [String: Any]
        return (error?["field"] as? String, error?["message"] as? String ?? "")
    }

    /// A JSON batch body of `count` students numbered from 1, named 학생1…, with short notes.
    static func batch(_ count: Int, section: String = "subject", subject: String? = "과학") -> String {
        let students = (1...count).map { #"{"number":\#($0),"name":"김학생\#($0)","activities":"전지 실험을 설계함.\n\n결과를 발표함."}"# }
        let subjectMember = subject.map { #","subject":"\#($0)""# } ?? ""
        return #"{"section":"\#(section)"\#(subjectMember),"students":[\#(students.joined(separator: ","))]}"#
    }
}
