package io.jenkins.plugins.bakedsecrets.approval;

import hudson.model.Run;
import hudson.security.ACL;
import io.jenkins.plugins.bakedsecrets.BakedSecretsConfiguration;
import io.jenkins.plugins.bakedsecrets.BakedSecretsPermissions;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import io.jenkins.plugins.bakedsecrets.core.policy.BuildContext;
import io.jenkins.plugins.bakedsecrets.governance.BuildFacts;
import java.util.List;
import java.util.Optional;
import jenkins.model.IdStrategy;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may decide an approval. Unlike {@code input}, an administrator gets no bypass unless the global
 * configuration allows it, and nobody may decide while security is off, since then nobody is authenticated.
 */
final class ApproverCheck {
    private final JenkinsFacade jenkins;
    private final BakedSecretsConfiguration configuration;

    ApproverCheck(JenkinsFacade jenkins, BakedSecretsConfiguration configuration) {
        this.jenkins = jenkins;
        this.configuration = configuration;
    }

    /** Why the authenticated user may not decide; empty when they may. */
    Optional<String> refusal(Authentication who, Run<?, ?> run, ApprovalSettings settings) {
        if (!jenkins.isUseSecurity()) {
            return Optional.of("approvals are refused while Jenkins security is off: no approver can be identified");
        }
        if (ACL.isAnonymous2(who)) {
            return Optional.of("log in to decide this approval");
        }
        if (configuration.isAdminBypass() && jenkins.hasPermission(Jenkins.ADMINISTER)) {
            return Optional.empty();
        }
        String user = who.getName();
        if (!run.getParent().hasPermission2(who, BakedSecretsPermissions.APPROVE)) {
            return Optional.of(user + " lacks the Baked Secrets/Approve permission on " + run.getParent()
                    .getFullName());
        }
        List<String> submitters = settings.submitters();
        if (!submitters.isEmpty() && !isSubmitter(who, submitters)) {
            return Optional.of(user + " is not among the submitters " + String.join(", ", submitters));
        }
        if (settings.requireDistinctApprover()) {
            return sameAsBuildPeople(user, run);
        }
        return Optional.empty();
    }

    private boolean isSubmitter(Authentication who, List<String> submitters) {
        IdStrategy users = jenkins.userIdStrategy();
        IdStrategy groups = jenkins.groupIdStrategy();
        for (String s : submitters) {
            if (users.equals(s, who.getName())) {
                return true;
            }
            for (GrantedAuthority a : who.getAuthorities()) {
                if (groups.equals(s, a.getAuthority())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<String> sameAsBuildPeople(String user, Run<?, ?> run) {
        IdStrategy users = jenkins.userIdStrategy();
        BuildContext people = BuildFacts.context(run);
        if (people.unattributed().isPresent()) {
            return Optional.of("separation of duties cannot be checked: " + people.unattributed().get()
                    + " (requireDistinctApprover)");
        }
        if (people.starters().stream().anyMatch(s -> users.equals(s, user))) {
            return Optional.of(user + " started this build, or a build that started it, and may not approve it "
                    + "(requireDistinctApprover)");
        }
        if (people.commitAuthors().stream().anyMatch(a -> users.equals(a, user))) {
            return Optional.of(user + " wrote a commit of this build and may not approve it "
                    + "(requireDistinctApprover)");
        }
        return Optional.empty();
    }
}
