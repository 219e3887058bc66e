import CurlHTTP
import LambdaWire

/// One event from `/next`: its payload and the metadata from the response headers.
struct Invocation: Sendable {
    var requestID: String
    var invocationID: String?
    var deadlineEpochMilliseconds: Int64
    var invokedFunctionARN: String
    var traceID: String?
    var clientContext: String?
    var cognitoIdentity: String?
    var tenantID: String?
    var event: [UInt8]

    /// Longest a Lambda invocation may run; the fallback when no deadline header came.
    static let maximumDurationMilliseconds: Int64 = 15 * 60 * 1000

    init(response: HTTPResponse) throws(RuntimeError) {
        guard let requestID = response.header(RuntimeAPIHeader.requestID), !requestID.isEmpty else {
            throw .missingRequestID
        }
        self.requestID = requestID
        invocationID = response.header(RuntimeAPIHeader.invocationID)
        deadlineEpochMilliseconds =
            response.header(RuntimeAPIHeader.deadlineMilliseconds).flatMap { Int64($0) }
            ?? LambdaContext.nowEpochMilliseconds() + Self.maximumDurationMilliseconds
        invokedFunctionARN = response.header(RuntimeAPIHeader.invokedFunctionARN) ?? ""
        traceID = response.header(RuntimeAPIHeader.traceID)
        clientContext = response.header(RuntimeAPIHeader.clientContext)
        cognitoIdentity = response.header(RuntimeAPIHeader.cognitoIdentity)
        tenantID = response.header(RuntimeAPIHeader.tenantID)
        event = response.body
    }
}
