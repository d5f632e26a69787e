package io.jenkins.plugins.bakedsecrets.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacePathsTest {
    @TempDir
    File workspace;

    @Test
    void shouldPrefixWorkspaceWhenArchivePathIsRelative() {
        assertThat(WorkspacePaths.resolve("docker-archive:build/app.tar:app:1.0", workspace))
                .isEqualTo("docker-archive:" + workspace.getAbsolutePath() + File.separator + "build/app.tar:app:1.0");
        assertThat(WorkspacePaths.resolve("oci:layout", workspace))
                .isEqualTo("oci:" + workspace.getAbsolutePath() + File.separator + "layout");
        assertThat(WorkspacePaths.resolve("oci-archive:img.tar", workspace))
                .isEqualTo("oci-archive:" + workspace.getAbsolutePath() + File.separator + "img.tar");
    }

    @Test
    void shouldKeepReferenceWhenPathIsAbsoluteOrRemote() {
        assertThat(WorkspacePaths.resolve("docker-archive:/tmp/app.tar", workspace))
                .isEqualTo("docker-archive:/tmp/app.tar");
        assertThat(WorkspacePaths.resolve("oci:C:\\images\\layout", workspace)).isEqualTo("oci:C:\\images\\layout");
        assertThat(WorkspacePaths.resolve("docker://registry.example/app:1", workspace))
                .isEqualTo("docker://registry.example/app:1");
    }
}
