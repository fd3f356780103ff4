package dev.deliberate.lti.platform;

import java.time.Duration;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * HTTP clients for calls to platforms whose addresses must be checked: the connection resolves the
 * host through the given {@link DnsResolver} only (so the check and the connection see one answer),
 * while the URL keeps its host name for the {@code Host} header, TLS SNI and certificate hostname
 * verification. No redirects, no retries, no cookies, no transparent decompression, bounded
 * connect and read timeouts.
 */
public final class PlatformHttpClients {

    private PlatformHttpClients() {
    }

    public static CloseableHttpClient create(Duration timeout, DnsResolver resolver) {
        Timeout limit = Timeout.of(timeout);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit).setSocketTimeout(limit).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).setRedirectsEnabled(false).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }
}
