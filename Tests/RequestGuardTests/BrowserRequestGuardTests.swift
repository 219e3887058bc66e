@testable import RequestGuard
import Testing

@Suite struct BrowserRequestGuardTests {
    let sqs = BrowserRequestGuard(host: "127.0.0.1", port: 9324)

    @Test func programsWithoutBrowserMarkersPass() {
        #expect(sqs.browserRefusal(origin: nil, fetchSite: nil) == nil)
    }

    @Test func theServersOwnOriginPassesUnderEitherLoopbackName() {
        #expect(sqs.browserRefusal(origin: "http://127.0.0.1:9324", fetchSite: "same-origin") == nil)
        #expect(sqs.browserRefusal(origin: "http://localhost:9324", fetchSite: nil) == nil)
        #expect(sqs.browserRefusal(origin: "HTTP://LOCALHOST:9324/", fetchSite: nil) == nil)
        #expect(sqs.browserRefusal(origin: nil, fetchSite: "none") == nil)
    }

    @Test func foreignOriginsAreRefusedNamingTheOrigin() throws {
        for origin in ["https://evil.example", "http://127.0.0.1:3000", "http://localhost:9325", "https://127.0.0.1:9324", "null"] {
            let refusal = try #require(sqs.browserRefusal(origin: origin, fetchSite: nil), "\(origin)")
            #expect(refusal.status == .forbidden)
            #expect(refusal.message.contains("'\(origin)'"))
            #expect(refusal.message.contains("http://127.0.0.1:9324"))
        }
    }

    @Test func crossSiteAndSameSiteFetchesAreRefused() throws {
        for site in ["cross-site", "same-site", " Cross-Site "] {
            let refusal = try #require(sqs.browserRefusal(origin: nil, fetchSite: site))
            #expect(refusal.status == .forbidden)
            #expect(refusal.message.contains("Sec-Fetch-Site"))
        }
        // The server's own page may say same-origin; a foreign Origin still loses.
        #expect(sqs.browserRefusal(origin: "https://evil.example", fetchSite: "same-origin")?.status == .forbidden)
    }

    @Test func anotherListeningAddressIsAlsoTheServersOwn() {
        let guardOnLAN = BrowserRequestGuard(host: "192.168.1.5", port: 3000)
        #expect(guardOnLAN.browserRefusal(origin: "http://192.168.1.5:3000", fetchSite: nil) == nil)
        #expect(guardOnLAN.browserRefusal(origin: "http://127.0.0.1:3000", fetchSite: nil) == nil)
        #expect(BrowserRequestGuard(host: "0.0.0.0", port: 3000).ownOrigins == ["http://127.0.0.1:3000", "http://localhost:3000"])
        #expect(BrowserRequestGuard(host: "::1", port: 3000).ownOrigins.last == "http://[::1]:3000")
    }

    @Test func jsonEndpointsRefuseEveryTypeAPageSendsUnasked() throws {
        let json = ExpectedBody.json(mediaType: "application/json")
        for type in ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "Multipart/Form-Data; boundary=x"] {
            let refusal = try #require(sqs.contentTypeRefusal(type, expected: json), "\(type)")
            #expect(refusal.status == .unsupportedMediaType)
            #expect(refusal.message.contains("'\(type)'"))
            #expect(refusal.message.contains("application/json"))
        }
        for type in ["application/json", "application/x-amz-json-1.0", "application/octet-stream", "binary/octet-stream"] {
            #expect(sqs.contentTypeRefusal(type, expected: json) == nil, "\(type)")
        }
        #expect(sqs.contentTypeRefusal(nil, expected: json) == nil)
    }

    @Test func theQueryProtocolKeepsItsFormPosts() {
        #expect(sqs.contentTypeRefusal("application/x-www-form-urlencoded; charset=utf-8", expected: .queryForm) == nil)
        #expect(sqs.contentTypeRefusal("text/plain", expected: .queryForm)?.status == .unsupportedMediaType)
        #expect(sqs.contentTypeRefusal("multipart/form-data; boundary=b", expected: .queryForm)?.status == .unsupportedMediaType)
        #expect(sqs.contentTypeRefusal(nil, expected: .queryForm) == nil)
    }

    @Test func theRuntimeAPIRefusesAnyOrigin() {
        #expect(BrowserRequestGuard.runtimeAPIRefusal(origin: nil, fetchSite: nil) == nil)
        #expect(BrowserRequestGuard.runtimeAPIRefusal(origin: "http://127.0.0.1:41234", fetchSite: nil)?.status == .forbidden)
        #expect(BrowserRequestGuard.runtimeAPIRefusal(origin: nil, fetchSite: "cross-site")?.status == .forbidden)
    }

    @Test func mediaTypesLoseParametersAndCase() {
        #expect(BrowserRequestGuard.mediaType(" Text/Plain ; charset=utf-8") == "text/plain")
        #expect(BrowserRequestGuard.mediaType("") == "")
    }
}
