package io.jenkins.plugins.bakedsecrets.core.image.registry;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EnvProxySelectorTest {
    private final EnvProxySelector selector = new EnvProxySelector(Map.of(
            "HTTPS_PROXY", "http://proxy.corp:3128", "http_proxy", "proxy.corp:8080",
            "NO_PROXY", "localhost,.internal.corp,10.0.0.5:5000"));

    @Test
    void shouldUseHttpsProxyWhenSchemeIsHttps() {
        assertThat(selector.select(URI.create("https://quay.io/v2/")))
                .containsExactly(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.corp", 3128)));
    }

    @Test
    void shouldUseLowerCaseHttpProxyWhenSchemeIsHttp() {
        assertThat(selector.select(URI.create("http://registry.example.com/v2/")))
                .containsExactly(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.corp", 8080)));
    }

    @Test
    void shouldBypassProxyWhenHostMatchesNoProxy() {
        assertThat(selector.select(URI.create("https://localhost:5000/v2/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(selector.select(URI.create("https://reg.internal.corp/v2/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(selector.select(URI.create("https://10.0.0.5:5000/v2/"))).containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void shouldUseProxyWhenNoProxyPortDiffers() {
        assertThat(selector.select(URI.create("https://10.0.0.5:6000/v2/"))).doesNotContain(Proxy.NO_PROXY);
    }

    @Test
    void shouldConnectDirectlyWhenNoVariableIsSet() {
        assertThat(new EnvProxySelector(Map.of()).select(URI.create("https://quay.io/v2/")))
                .containsExactly(Proxy.NO_PROXY);
    }
}
