import Foundation
import QueueClient
import Testing

/// The published AWS Signature Version 4 examples: the test suite's `get-vanilla` and `post-vanilla`
/// (service `service`) and the IAM `ListUsers` example of the signing documentation, all signed at
/// 2015-08-30T12:36:00Z with the documentation's example key.
@Suite struct SigV4Tests {
    let credentials = AWSCredentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    let amzDate = "20150830T123600Z"
    let emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    @Test func getVanilla() {
        let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "service")
        let signed = signer.sign(
            method: "GET", path: "/",
            headers: [("Host", "example.amazonaws.com"), ("X-Amz-Date", amzDate)], payload: [], amzDate: amzDate)
        #expect(signed.canonicalRequest == "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n\(emptyPayloadHash)")
        #expect(
            signed.stringToSign
                == "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\nbb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63")
        #expect(signed.signature == "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
        #expect(
            signed.authorization
                == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
    }

    @Test func postVanilla() {
        let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "service")
        let signed = signer.sign(
            method: "POST", path: "/",
            headers: [("Host", "example.amazonaws.com"), ("X-Amz-Date", amzDate)], payload: [], amzDate: amzDate)
        #expect(signed.stringToSign.hasSuffix("\n553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87"))
        #expect(signed.signature == "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b")
    }

    @Test func iamListUsersWithQueryAndContentType() {
        let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "iam")
        let signed = signer.sign(
            method: "GET", path: "/",
            query: [("Version", "2010-05-08"), ("Action", "ListUsers")],
            headers: [
                ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                ("Host", "iam.amazonaws.com"), ("X-Amz-Date", amzDate),
            ],
            payload: [], amzDate: amzDate)
        #expect(
            signed.canonicalRequest
                == "GET\n/\nAction=ListUsers&Version=2010-05-08\ncontent-type:application/x-www-form-urlencoded; charset=utf-8\nhost:iam.amazonaws.com\nx-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n\(emptyPayloadHash)")
        #expect(signed.stringToSign.hasSuffix("\nf536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59"))
        #expect(signed.signature == "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7")
    }

    @Test func headerValuesAreTrimmedAndCollapsed() {
        let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "service")
        let plain = signer.sign(
            method: "POST", path: "/", headers: [("Host", "h"), ("X-Amz-Date", amzDate), ("My-Header", "a b c")],
            payload: Array("{}".utf8), amzDate: amzDate)
        let spaced = signer.sign(
            method: "POST", path: "/", headers: [("host", "h"), ("x-amz-date", amzDate), ("my-header", "  a   b c ")],
            payload: Array("{}".utf8), amzDate: amzDate)
        #expect(plain.signature == spaced.signature)
        #expect(plain.canonicalRequest.contains("\nmy-header:a b c\n"))
    }

    @Test func amzDateIsUTC() {
        // 2015-08-30T12:36:00Z
        #expect(SigV4Signer.amzDate(Date(timeIntervalSince1970: 1_440_938_160)) == "20150830T123600Z")
    }
}
