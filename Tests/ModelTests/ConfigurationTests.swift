import CurlHTTP
import Foundation
@testable import ModelClient
import Testing

@Suite("Model configuration and Retry-After")
struct ConfigurationTests {
    @Test func noBaseURLMeansNoModel() throws {
        #expect(try ModelConfiguration.fromEnvironment([:]) == nil)
        #expect(try ModelConfiguration.fromEnvironment(["RECORDLINE_MODEL": "gpt-4o-mini", "RECORDLINE_MODEL_BASE_URL": " "]) == nil)
    }

    @Test func theEnvironmentSetsEveryKnob() throws {
        let configuration = try #require(try ModelConfiguration.fromEnvironment([
            "RECORDLINE_MODEL_BASE_URL": "https://api.example.test/v1/", "RECORDLINE_MODEL": "gpt-4o-mini",
            "RECORDLINE_FALLBACK_MODEL": "gpt-4o", "RECORDLINE_MODEL_API_KEY": "sk-1", "RECORDLINE_MODEL_TEMPERATURE": "0.2",
            "RECORDLINE_MODEL_MAX_TOKENS": "2000", "RECORDLINE_MODEL_TIMEOUT_SECONDS": "2.5", "RECORDLINE_MODEL_MAX_ATTEMPTS": "2",
            "RECORDLINE_MODEL_IDLE_SECONDS": "4", "RECORDLINE_MODEL_RETRY_BASE_MS": "20", "RECORDLINE_MODEL_RETRY_CAP_MS": "200",
            "RECORDLINE_MODEL_BREAKER_FAILURES": "4", "RECORDLINE_MODEL_BREAKER_COOLDOWN_SECONDS": "1.5",
        ]))
        #expect(configuration.baseURL == "https://api.example.test/v1")
        #expect(configuration.models == ["gpt-4o-mini", "gpt-4o"])
        #expect(configuration.apiKey == "sk-1" && configuration.temperature == 0.2 && configuration.maxTokens == 2000)
        #expect(configuration.attemptTimeout == .milliseconds(2500) && configuration.idleTimeout == .seconds(4))
        #expect(configuration.retry == RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(20), maxDelay: .milliseconds(200)))
        #expect(configuration.breakerThreshold == 4 && configuration.breakerCoolDown == .milliseconds(1500))
    }

    @Test func theDefaultsAreTheDocumentedOnes() throws {
        let configuration = try #require(try ModelConfiguration.fromEnvironment([
            "RECORDLINE_MODEL_BASE_URL": "http://127.0.0.1:8000/v1", "RECORDLINE_MODEL": "local",
        ]))
        #expect(configuration.retry == RetryPolicy(maxAttempts: 5, baseDelay: .seconds(1), maxDelay: .seconds(30)))
        #expect(configuration.fallbackModel == nil && configuration.apiKey == nil)
        #expect(configuration.breakerThreshold == 5 && configuration.breakerCoolDown == .seconds(30))
        #expect(configuration.attemptTimeout == .seconds(30) && configuration.idleTimeout == .seconds(15))
    }

    @Test func localOnlyAcceptsLoopbackAndPrivateAddressesAndRefusesTheRest() throws {
        func configured(_ url: String, _ localOnly: String = "true") throws -> ModelConfiguration? {
            try ModelConfiguration.fromEnvironment([
                "RECORDLINE_MODEL_BASE_URL": url, "RECORDLINE_MODEL": "m", "RECORDLINE_MODEL_LOCAL_ONLY": localOnly,
            ])
        }
        for url in [
            "http://127.0.0.1:8080/v1", "http://localhost:11434/v1", "http://10.1.2.3/v1", "https://172.20.0.5:8443/v1",
            "http://192.168.0.10/v1", "http://[::1]:8000/v1", "http://[fd12:3456::1]/v1", "http://user@127.0.0.2/v1",
        ] {
            #expect(try configured(url)?.baseURL.hasPrefix(String(url.prefix(8))) == true, "\(url)")
        }
        for url in [
            "https://api.openai.com/v1", "http://172.32.0.1/v1", "http://8.8.8.8/v1", "http://127.0.0.1.example.com/v1",
            "http://[2001:db8::1]/v1", "http://192.168.0.1@api.example.com/v1",
        ] {
            #expect(throws: ModelConfigurationError.self, "\(url)") { try configured(url) }
        }
        // The refusal names the variable and says why; without the setting any endpoint is taken.
        #expect { try configured("https://api.openai.com/v1") } throws: { error in
            let error = error as? ModelConfigurationError
            return error?.variable == "RECORDLINE_MODEL_BASE_URL" && error?.message.contains("api.openai.com") == true
                && error?.message.contains("RECORDLINE_MODEL_LOCAL_ONLY") == true
        }
        #expect(try configured("https://api.openai.com/v1", "false") != nil)
        #expect { try configured("http://127.0.0.1/v1", "maybe") } throws: {
            ($0 as? ModelConfigurationError)?.variable == "RECORDLINE_MODEL_LOCAL_ONLY"
        }
    }

    @Test func unusableValuesNameTheirVariable() {
        #expect(throws: ModelConfigurationError.self) {
            try ModelConfiguration.fromEnvironment(["RECORDLINE_MODEL_BASE_URL": "http://x/v1"])
        }
        #expect { try ModelConfiguration.fromEnvironment(["RECORDLINE_MODEL_BASE_URL": "http://x/v1", "RECORDLINE_MODEL": "m", "RECORDLINE_MODEL_MAX_ATTEMPTS": "0"]) }
            throws: { ($0 as? ModelConfigurationError)?.variable == "RECORDLINE_MODEL_MAX_ATTEMPTS" }
        #expect { try ModelConfiguration.fromEnvironment(["RECORDLINE_MODEL_BASE_URL": "ftp://x", "RECORDLINE_MODEL": "m"]) }
            throws: { ($0 as? ModelConfigurationError)?.variable == "RECORDLINE_MODEL_BASE_URL" }
    }

    @Test func retryAfterTakesSecondsAndHTTPDates() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RetryAfter.parse("3", now: now) == .seconds(3))
        #expect(RetryAfter.parse("Tue, 14 Nov 2023 22:13:30 GMT", now: now) == .seconds(10))
        #expect(RetryAfter.parse("Tue, 14 Nov 2023 22:13:00 GMT", now: now) == .zero)
        #expect(RetryAfter.parse("soon", now: now) == nil)
        #expect(RetryAfter.parse(nil, now: now) == nil)
    }
}
