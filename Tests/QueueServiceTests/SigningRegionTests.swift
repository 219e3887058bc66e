import Testing

@testable import QueueService

/// Which region a request is signed for, as SigV4 carries it: the `Authorization` header's credential
/// scope, or a presigned URL's `X-Amz-Credential`; nothing when the request is unsigned or the scope is not one.
@Suite struct SigningRegionTests {
    @Test func fromTheAuthorizationHeader() {
        let header = "AWS4-HMAC-SHA256 Credential=test/20261207/eu-west-1/sqs/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc"
        #expect(SigningRegion.of(authorization: header, query: nil) == "eu-west-1")
        #expect(SigningRegion.of(authorization: "AWS4-HMAC-SHA256 Credential=k/20261207/ap-northeast-2/sqs/aws4_request,SignedHeaders=host", query: nil)
            == "ap-northeast-2")
    }

    @Test func fromAPresignedURL() {
        let query = "Action=GetQueueUrl&QueueName=q&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=test%2F20261207%2Fus-west-2%2Fsqs%2Faws4_request"
        #expect(SigningRegion.of(authorization: nil, query: query) == "us-west-2")
    }

    @Test(arguments: [
        (nil, nil), (nil, "Action=ListQueues"), ("Bearer token", nil), ("AWS4-HMAC-SHA256 Credential=test/20261207//sqs/aws4_request", nil),
        ("AWS4-HMAC-SHA256 Credential=test/eu-west-1", nil),
    ] as [(String?, String?)])
    func noRegionWhenThereIsNoScope(_ authorization: String?, _ query: String?) {
        #expect(SigningRegion.of(authorization: authorization, query: query) == nil)
    }
}
