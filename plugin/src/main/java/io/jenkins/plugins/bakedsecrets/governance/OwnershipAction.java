package io.jenkins.plugins.bakedsecrets.governance;

import io.jenkins.plugins.bakedsecrets.BuildAction;
import io.jenkins.plugins.bakedsecrets.core.provenance.Ownership;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * Who owns the images of a build, as {@code recordImageOwnership} recorded it. Plain fields only, so build.xml names
 * no core type; bound to the image IDs of the scans present when it was recorded.
 */
@ExportedBean
public class OwnershipAction extends BuildAction {
    private final String team;
    private final String contact;
    private final TreeMap<String, String> attributes;
    private final ArrayList<String> imageIds;

    /** Records an ownership, validated by core, for the given image IDs. */
    public OwnershipAction(Ownership ownership, List<String> imageIds) {
        this.team = ownership.team();
        this.contact = ownership.contact();
        this.attributes = new TreeMap<>(ownership.attributes());
        this.imageIds = new ArrayList<>(imageIds);
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return null;
    }

    @Override
    public String getUrlName() {
        return null;
    }

    /** The owning team. */
    @Exported
    public String getTeam() {
        return team;
    }

    /** How to reach the team. */
    @Exported
    public String getContact() {
        return contact;
    }

    /** Further facts, sorted by key. */
    @Exported
    public Map<String, String> getAttributes() {
        return Map.copyOf(attributes);
    }

    /** The image IDs the ownership was recorded for. */
    @Exported
    public List<String> getImageIds() {
        return List.copyOf(imageIds);
    }

    /** The core value the gate evaluates. */
    public Ownership ownership() {
        return new Ownership(team, contact, attributes);
    }
}
