package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Sends requests with bounded retries (429, 5xx and transient network errors, honouring {@code Retry-After}) and
 * follows redirects itself, so that an {@code Authorization} header never travels to another server.
 */
final class RegistryTransport {
    private static final int MAX_REDIRECTS = 5;
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final RegistryOptions options;
    private final Sleeper sleeper;

    RegistryTransport(HttpClient client, RegistryOptions options, Sleeper sleeper) {
        this.client = client;
        this.options = options;
        this.sleeper = sleeper;
    }

    /** Sends a request, following redirects; the caller closes the body. */
    HttpResponse<InputStream> send(HttpGet request) {
        HttpGet current = request;
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> response = sendWithRetries(current);
            Optional<String> location = response.headers().firstValue("Location");
            if (!REDIRECTS.contains(response.statusCode()) || location.isEmpty()) {
                return response;
            }
            closeQuietly(response);
            if (hop == MAX_REDIRECTS) {
                throw new RegistryException("registry " + request.host() + " redirected more than "
                        + MAX_REDIRECTS + " times for " + request.uri().getPath());
            }
            current = current.redirectedTo(current.uri().resolve(location.get()));
        }
    }

    private HttpResponse<InputStream> sendWithRetries(HttpGet request) {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= options.maxAttempts();
            Optional<HttpResponse<InputStream>> response = exchange(request, last);
            if (response.isEmpty()) {
                pause(request, backoff(attempt));
                continue;
            }
            int status = response.get().statusCode();
            if ((status == 429 || status >= 500) && !last) {
                Duration delay = retryAfter(response.get()).orElse(backoff(attempt));
                closeQuietly(response.get());
                pause(request, delay);
                continue;
            }
            return response.get();
        }
    }

    /** One exchange; empty when a transient network error should be retried. */
    private Optional<HttpResponse<InputStream>> exchange(HttpGet request, boolean last) {
        try {
            return Optional.of(client.send(build(request), HttpResponse.BodyHandlers.ofInputStream()));
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

    private HttpRequest build(HttpGet request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(options.requestTimeout());
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
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(RegistryTransport::parseRetryAfter)
                .map(d -> d.isNegative() ? Duration.ZERO : d)
                .map(d -> d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
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

    static void closeQuietly(HttpResponse<InputStream> response) {
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
