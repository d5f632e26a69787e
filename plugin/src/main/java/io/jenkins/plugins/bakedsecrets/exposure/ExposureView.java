package io.jenkins.plugins.bakedsecrets.exposure;

import hudson.model.Item;
import hudson.model.Job;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;

/** Groups stored sightings by secret and keeps only those of builds the current user may read. */
final class ExposureView {
    private final JenkinsFacade jenkins;
    private final Map<String, Boolean> readable = new HashMap<>();

    ExposureView(JenkinsFacade jenkins) {
        this.jenkins = jenkins;
    }

    /** Entries with at least one visible sighting, ordered by fingerprint. */
    List<ExposureEntry> entries(List<SightingRow> rows, List<RotationRow> rotations) {
        Map<String, List<SightingRow>> byFingerprint = new TreeMap<>();
        for (SightingRow r : rows) {
            if (mayRead(r.job())) {
                byFingerprint.computeIfAbsent(r.fingerprint(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, RotationRow> latest = new HashMap<>();
        for (RotationRow m : rotations) {
            latest.merge(m.fingerprint(), m, (a, b) -> b.rotatedAt() >= a.rotatedAt() ? b : a);
        }
        List<ExposureEntry> out = new ArrayList<>();
        byFingerprint.forEach((fp, list) -> {
            list.sort(Comparator.comparingLong(SightingRow::scannedAt));
            out.add(new ExposureEntry(fp, list, Optional.ofNullable(latest.get(fp))));
        });
        return out;
    }

    /** Whether the current user may read the job; {@code getItemByFullName} hides items they may not see. */
    boolean mayRead(String jobName) {
        return readable.computeIfAbsent(jobName, this::lookUp);
    }

    private boolean lookUp(String jobName) {
        try {
            return jenkins.item(jobName).filter(i -> i instanceof Job<?, ?>).map(i -> i.hasPermission(Item.READ))
                    .orElse(false);
        } catch (AccessDeniedException e) {
            // Discover without Read: the user may know the job exists, not what it carried.
            return false;
        }
    }
}
