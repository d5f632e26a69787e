package io.jenkins.plugins.bakedsecrets.exposure;

import java.util.List;
import java.util.TreeSet;

/**
 * One page of an exposure view: the entries that pass the viewer's filter, a page of them, the choices the filter
 * offers and links to the neighbouring pages. Jelly reads only these getters.
 */
public final class ExposurePage {
    /** Secrets per page. */
    static final int PAGE_SIZE = 25;

    private final List<ExposureEntry> all;
    private final List<ExposureEntry> matching;
    private final ExposureFilter filter;

    ExposurePage(List<ExposureEntry> all, ExposureFilter filter) {
        this.all = List.copyOf(all);
        this.matching = this.all.stream().filter(filter::matches).toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        this.filter = filter.onPage(Math.min(filter.page(), pages));
    }

    /** The entries of this page. */
    public List<ExposureEntry> getEntries() {
        int from = (filter.page() - 1) * PAGE_SIZE;
        return matching.subList(Math.min(from, matching.size()), Math.min(from + PAGE_SIZE, matching.size()));
    }

    /** The filter as applied (page clamped to the pages there are). */
    public ExposureFilter getFilter() {
        return filter;
    }

    /** How many secrets the viewer may see, before filtering. */
    public int getTotal() {
        return all.size();
    }

    /** How many secrets pass the filter. */
    public int getMatching() {
        return matching.size();
    }

    /** The current page, 1-based. */
    public int getPage() {
        return filter.page();
    }

    /** The number of pages. */
    public int getPages() {
        return Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The query string of the previous page, or blank on the first. */
    public String getPreviousQuery() {
        return filter.page() > 1 ? filter.onPage(filter.page() - 1).query() : "";
    }

    /** The query string of the next page, or blank on the last. */
    public String getNextQuery() {
        return filter.page() < getPages() ? filter.onPage(filter.page() + 1).query() : "";
    }

    /** The rule ids the viewer's secrets were found by, for the filter's choices. */
    public List<String> getRules() {
        TreeSet<String> rules = new TreeSet<>();
        all.forEach(e -> e.sightings().forEach(s -> rules.add(s.ruleId())));
        return List.copyOf(rules);
    }

    /** The jobs the viewer's secrets were found in, for the filter's choices. */
    public List<String> getJobs() {
        TreeSet<String> jobs = new TreeSet<>();
        all.forEach(e -> e.sightings().forEach(s -> jobs.add(s.job())));
        return List.copyOf(jobs);
    }

    /** The rotation states the filter offers. */
    public List<String> getStates() {
        return ExposureFilter.STATES;
    }
}
