package io.jenkins.plugins.bakedsecrets.governance;

import hudson.model.Run;
import hudson.model.User;
import hudson.scm.ChangeLogSet;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import io.jenkins.plugins.bakedsecrets.core.policy.BuildContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jenkins.scm.RunWithSCM;

/** Who started a build and who wrote its commits: the people separation of duties keeps from approving it. */
public final class BuildFacts {
    private BuildFacts() {
    }

    /** Every user who started the build, directly or through upstream builds and replays. */
    public static BuildStarters starters(Run<?, ?> run) {
        return BuildStarters.of(run, new JenkinsFacade().extensions(RerunCause.class));
    }

    /** The user id of the build's first starter, when a user started it (the trigger named in provenance). */
    public static Optional<String> starter(Run<?, ?> run) {
        return starters(run).users().stream().findFirst();
    }

    /** The user ids of the authors of the build's change log entries, in order, without repeats. */
    public static List<String> commitAuthors(Run<?, ?> run) {
        List<String> authors = new ArrayList<>();
        if (run instanceof RunWithSCM<?, ?> scm) {
            for (ChangeLogSet<? extends ChangeLogSet.Entry> set : scm.getChangeSets()) {
                for (ChangeLogSet.Entry entry : set) {
                    User author = entry.getAuthor();
                    if (!authors.contains(author.getId())) {
                        authors.add(author.getId());
                    }
                }
            }
        }
        return List.copyOf(authors);
    }

    /**
     * The core build context: every starting user (none for timer or SCM triggers) and every commit author; or, when
     * the start cannot be attributed to users with certainty, an unattributed context that says why.
     */
    public static BuildContext context(Run<?, ?> run) {
        BuildStarters starters = starters(run);
        return starters.unattributed().map(BuildContext::unattributed)
                .orElseGet(() -> BuildContext.of(starters.users(), commitAuthors(run)));
    }
}
