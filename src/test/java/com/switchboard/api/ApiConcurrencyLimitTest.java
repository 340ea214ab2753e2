package com.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Requests beyond the limit wait their turn; one that waited too long is a 503 ResponseStatus. */
class ApiConcurrencyLimitTest {

    @Test
    void a_request_waits_for_a_turn_and_is_refused_503_in_the_callers_format_when_none_comes() throws Exception {
        ApiConcurrencyLimit limit = new ApiConcurrencyLimit(new ApiProperties(1, Duration.ofMillis(200)));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try {
                limit.doFilter(request("json"), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    try {
                        finish.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        AtomicInteger ran = new AtomicInteger();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        limit.doFilter(request("xml"), refused, (req, res) -> ran.incrementAndGet());
        assertThat(ran).hasValue(0);
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).startsWith("application/xml");
        assertThat(refused.getContentAsString()).contains("<ErrorCode>ServiceUnavailable</ErrorCode>");

        finish.countDown();
        holder.join(5000);
        MockHttpServletResponse served = new MockHttpServletResponse();
        limit.doFilter(request("json"), served, (req, res) -> ran.incrementAndGet());
        assertThat(ran).hasValue(1);
        assertThat(served.getStatus()).isEqualTo(200);
    }

    @Test
    void a_failing_request_gives_its_turn_back() throws Exception {
        ApiConcurrencyLimit limit = new ApiConcurrencyLimit(new ApiProperties(1, Duration.ofMillis(100)));
        try {
            limit.doFilter(request("json"), new MockHttpServletResponse(), (req, res) -> {
                throw new IllegalStateException("failed");
            });
        } catch (IllegalStateException expected) {
            // the failure goes on to the error handling; the turn must not be lost with it
        }
        AtomicInteger ran = new AtomicInteger();
        MockHttpServletResponse served = new MockHttpServletResponse();
        limit.doFilter(request("json"), served, (req, res) -> ran.incrementAndGet());
        assertThat(ran).hasValue(1);
    }

    @Test
    void the_default_is_two_turns_per_processor_and_a_negative_limit_is_refused() {
        assertThat(new ApiProperties(0, Duration.ofSeconds(10)).permits())
                .isEqualTo(2 * Runtime.getRuntime().availableProcessors());
        assertThat(new ApiProperties(7, Duration.ofSeconds(10)).permits()).isEqualTo(7);
        assertThatThrownBy(() -> new ApiProperties(-1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MockHttpServletRequest request(String format) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/customers/abc/staging");
        request.setQueryString("format=" + format);
        return request;
    }
}
