package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses proxies from {@code HTTPS_PROXY}, {@code HTTP_PROXY} and {@code NO_PROXY} (either case), as curl and the
 * container tools do. Proxy credentials in the URL are not supported.
 */
final class EnvProxySelector extends ProxySelector {
    private final Optional<InetSocketAddress> httpsProxy;
    private final Optional<InetSocketAddress> httpProxy;
    private final List<String> noProxy;

    EnvProxySelector(Map<String, String> env) {
        httpsProxy = address(variable(env, "https_proxy"));
        httpProxy = address(variable(env, "http_proxy"));
        noProxy = variable(env, "no_proxy").map(v -> Arrays.stream(v.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    private static Optional<String> variable(Map<String, String> env, String lower) {
        String value = env.getOrDefault(lower, env.get(lower.toUpperCase(Locale.ROOT)));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<InetSocketAddress> address(Optional<String> value) {
        return value.map(v -> {
            URI uri = URI.create(v.contains("://") ? v : "http://" + v);
            if (uri.getHost() == null) {
                throw new RegistryException("proxy setting '" + uri.getRawAuthority() + "' has no host");
            }
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            return InetSocketAddress.createUnresolved(uri.getHost(), port);
        });
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = Optional.ofNullable(uri.getHost()).orElse("").toLowerCase(Locale.ROOT);
        Optional<InetSocketAddress> proxy = "https".equalsIgnoreCase(uri.getScheme()) ? httpsProxy : httpProxy;
        if (proxy.isEmpty() || bypassed(host, uri.getPort())) {
            return List.of(Proxy.NO_PROXY);
        }
        return List.of(new Proxy(Proxy.Type.HTTP, proxy.get()));
    }

    /** NO_PROXY entries match a host exactly or as a domain suffix; {@code *} matches everything. */
    boolean bypassed(String host, int port) {
        for (String entry : noProxy) {
            String pattern = entry;
            int colon = entry.lastIndexOf(':');
            if (colon > 0 && entry.indexOf(':') == colon) {
                if (!entry.substring(colon + 1).equals(Integer.toString(port))) {
                    continue;
                }
                pattern = entry.substring(0, colon);
            }
            String domain = pattern.startsWith(".") ? pattern.substring(1) : pattern;
            if ("*".equals(pattern) || host.equals(domain) || host.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        // The request fails with the connection error; there is no alternative proxy to try.
    }
}
