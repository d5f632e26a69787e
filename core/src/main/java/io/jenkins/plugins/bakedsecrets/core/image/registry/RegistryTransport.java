package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Sends requests with bounded retries (429, 5xx and transient network errors, honouring {@code Retry-After} up to a
 * cap) and follows redirects itself, so that an {@code Authorization} header never travels to another server. Every
 * wait (connection, headers, body, pauses between retries) counts toward the request's {@link Deadline}.
 */
final class RegistryTransport {
    private static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final RegistryOptions options;
    private final Sleeper sleeper;
    private final Watchdog watchdog;

    RegistryTransport(HttpClient client, RegistryOptions options, Sleeper sleeper, Watchdog watchdog) {
        this.client = client;
        this.options = options;
        this.sleeper = sleeper;
        this.watchdog = watchdog;
    }

    /** A fresh deadline for one request, as the options set it. */
    Deadline deadline() {
        return Deadline.after(options.timeouts().deadline());
    }

    /** Sends a request, following redirects; the caller closes the body, which is watched until then. */
    RegistryResponse send(HttpGet request, Deadline deadline) {
        HttpGet current = request;
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> response = sendWithRetries(current, deadline);
            Optional<String> location = response.headers().firstValue("Location");
            if (!REDIRECTS.contains(response.statusCode()) || location.isEmpty()) {
                InputStream body = watchdog.watch(response.body(), current, options.timeouts().idle(), deadline);
                return new RegistryResponse(response.statusCode(), response.headers(), body);
            }
            closeQuietly(response);
            if (hop == MAX_REDIRECTS) {
                throw new RegistryException("registry " + request.host() + " redirected more than "
                        + MAX_REDIRECTS + " times for " + request.uri().getPath());
            }
            current = current.redirectedTo(current.uri().resolve(location.get()));
        }
    }

    private HttpResponse<InputStream> sendWithRetries(HttpGet request, Deadline deadline) {
        for (int attempt = 1; ; attempt++) {
            // The last attempt is the one after which no pause would leave time for another.
            boolean last = attempt >= options.maxAttempts()
                    || deadline.remaining().compareTo(backoff(attempt)) <= 0;
            Optional<HttpResponse<InputStream>> response = exchange(request, last, deadline);
            if (response.isEmpty()) {
                pause(request, backoff(attempt));
                continue;
            }
            int status = response.get().statusCode();
            if ((status == 429 || status >= 500) && !last) {
                Duration delay = retryAfter(response.get()).orElse(backoff(attempt));
                if (delay.compareTo(deadline.remaining()) >= 0) {
                    return response.get();
                }
                closeQuietly(response.get());
                pause(request, delay);
                continue;
            }
            return response.get();
        }
    }

    /** One exchange; empty when a transient network error should be retried. */
    private Optional<HttpResponse<InputStream>> exchange(HttpGet request, boolean last, Deadline deadline) {
        if (deadline.passed()) {
            throw noAnswer(request, deadline.total());
        }
        Duration wait = deadline.cap(options.timeouts().idle());
        try {
            return Optional.of(client.send(build(request, wait), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (HttpTimeoutException e) {
            if (last || deadline.passed()) {
                throw noAnswer(request, deadline.passed() ? deadline.total() : wait);
            }
            return Optional.empty();
        } catch (ConnectException e) {
            throw unreachable(request.host(), e);
        } catch (SSLException e) {
            // Certificate and protocol errors do not heal on retry.
            throw new RegistryException("registry " + request.host() + " failed TLS verification: " + describe(e)
                    + " (add its CA to the cert dir)", e);
        } catch (IOException e) {
            if (last) {
                throw new RegistryException("registry " + request.host() + " failed to answer "
                        + request.uri().getPath() + ": " + describe(e), e);
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("interrupted while talking to registry " + request.host(), e);
        }
    }

    private static RegistryException noAnswer(HttpGet request, Duration within) {
        return new RegistryException("registry " + request.host() + " did not answer " + request.uri().getPath()
                + " within " + RegistryTimeouts.format(within));
    }

    private static HttpRequest build(HttpGet request, Duration wait) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(wait);
        request.headers().forEach(builder::header);
        if (request.form().isEmpty()) {
            return builder.GET().build();
        }
        return builder.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(request.form())).build();
    }

    private Duration backoff(int attempt) {
        return options.retryBackoff().multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    /** {@code Retry-After} as seconds or an HTTP date, capped so that a hostile server cannot stall a scan. */
    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        Duration cap = options.timeouts().maxRetryAfter();
        return response.headers().firstValue("Retry-After").flatMap(RegistryTransport::parseRetryAfter)
                .map(d -> d.isNegative() ? Duration.ZERO : d)
                .map(d -> d.compareTo(cap) > 0 ? cap : d);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String text = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(Duration.between(ZonedDateTime.now(at.getZone()), at));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private void pause(HttpGet request, Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("interrupted while waiting to retry registry " + request.host(), e);
        }
    }

    static RegistryException unreachable(String host, IOException e) {
        return new RegistryException("registry " + host + " is unreachable: " + describe(e), e);
    }

    /** The innermost message, as the HTTP client wraps connection errors in message-less exceptions. */
    static String describe(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return e instanceof ConnectException ? "Connection refused" : e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    private static void closeQuietly(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // The response is discarded anyway; a failure to close it changes nothing for the caller.
        }
    }

    static URI uri(String scheme, String host, String path) {
        return URI.create(scheme + "://" + host + path);
    }
}
