package io.jenkins.plugins.bakedsecrets.exposure;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the viewer of an exposure page asked for: a rule, a job, a rotation state (each blank for all) and a page
 * number, read from the query string. Anything unrecognised counts as "all" or the first page.
 *
 * @param rule rule id, or blank
 * @param job full job name, or blank
 * @param state {@code open}, {@code rotated}, {@code found-again}, or blank
 * @param page the 1-based page
 */
public record ExposureFilter(String rule, String job, String state, int page) {
    /** The states the filter knows. */
    static final java.util.List<String> STATES = java.util.List.of("open", "rotated", "found-again");

    /** Normalises components. */
    public ExposureFilter {
        rule = Objects.requireNonNullElse(rule, "").strip();
        job = Objects.requireNonNullElse(job, "").strip();
        state = STATES.contains(Objects.requireNonNullElse(state, "").toLowerCase(Locale.ROOT))
                ? state.toLowerCase(Locale.ROOT) : "";
        page = Math.max(page, 1);
    }

    /** The filter of a request's query parameters, given a way to read them. */
    static ExposureFilter of(Function<String, String> parameters) {
        int page;
        try {
            page = Integer.parseInt(Optional.ofNullable(parameters.apply("page")).orElse("1").strip());
        } catch (NumberFormatException e) {
            page = 1;
        }
        return new ExposureFilter(parameters.apply("rule"), parameters.apply("job"), parameters.apply("state"),
                page);
    }

    /** Whether an entry passes the rule, job and state conditions. */
    boolean matches(ExposureEntry e) {
        if (!rule.isEmpty() && e.sightings().stream().noneMatch(s -> s.ruleId().equals(rule))) {
            return false;
        }
        if (!job.isEmpty() && e.sightings().stream().noneMatch(s -> s.job().equals(job))) {
            return false;
        }
        return switch (state) {
            case "open" -> e.rotation().isEmpty();
            case "rotated" -> e.rotation().isPresent() && !e.foundAfterRotation();
            case "found-again" -> e.foundAfterRotation();
            default -> true;
        };
    }

    /** This filter on another page. */
    ExposureFilter onPage(int other) {
        return new ExposureFilter(rule, job, state, other);
    }

    /** The query string of this filter, starting with {@code ?}, parameters URL-encoded. */
    String query() {
        StringBuilder b = new StringBuilder("?page=").append(page);
        append(b, "rule", rule);
        append(b, "job", job);
        append(b, "state", state);
        return b.toString();
    }

    private static void append(StringBuilder b, String name, String value) {
        if (!value.isEmpty()) {
            b.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
