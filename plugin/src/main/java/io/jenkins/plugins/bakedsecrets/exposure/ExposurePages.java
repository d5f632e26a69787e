package io.jenkins.plugins.bakedsecrets.exposure;

import java.util.List;
import org.kohsuke.stapler.Stapler;
import org.kohsuke.stapler.StaplerRequest2;

/** Builds the page of an exposure view that the current HTTP request's query string asks for. */
final class ExposurePages {
    private ExposurePages() {
    }

    /** The page of {@code entries} for the current request (the first, unfiltered, outside a request). */
    static ExposurePage of(List<ExposureEntry> entries) {
        StaplerRequest2 request = Stapler.getCurrentRequest2();
        ExposureFilter filter = request == null ? new ExposureFilter("", "", "", 1)
                : ExposureFilter.of(request::getParameter);
        return new ExposurePage(entries, filter);
    }
}
