package io.jenkins.plugins.bakedsecrets.governance;

import hudson.model.Cause;
import hudson.model.Run;
import hudson.model.User;
import hudson.scm.ChangeLogSet;
import io.jenkins.plugins.bakedsecrets.core.policy.BuildContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jenkins.scm.RunWithSCM;

/** Who started a build and who wrote its commits: the people separation of duties keeps from approving it. */
public final class BuildFacts {
    private BuildFacts() {
    }

    /** The user id of the build's starter, when a user started it. */
    public static Optional<String> starter(Run<?, ?> run) {
        Cause.UserIdCause cause = run.getCause(Cause.UserIdCause.class);
        return cause == null ? Optional.empty() : Optional.ofNullable(cause.getUserId());
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

    /** The core build context: the starting user (none for timer or SCM triggers) and every commit author. */
    public static BuildContext context(Run<?, ?> run) {
        List<String> authors = commitAuthors(run);
        return BuildContext.of(starter(run), authors);
    }
}
