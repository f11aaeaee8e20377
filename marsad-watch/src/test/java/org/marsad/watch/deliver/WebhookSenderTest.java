package org.marsad.watch.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.fetch.AddressGuard;

class WebhookSenderTest {

    @Test
    void aReceiverThatIsDownReadsAsARefusedConnectionToRetry() throws Exception {
        int port;
        // A loopback port nobody listens on any more: the receiver is down.
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        WebhookSender sender = new WebhookSender(new AddressGuard(AddressGuard.SYSTEM), Duration.ofSeconds(5),
                Clock.systemUTC());

        SendOutcome outcome = sender.send(URI.create("http://127.0.0.1:" + port + "/hook"), "s3cret", true, 1,
                "{\"alert\":1}");

        assertThat(outcome).isInstanceOf(SendOutcome.Retry.class);
        String error = ((SendOutcome.Retry) outcome).error();
        assertThat(error).startsWith("cannot connect: ").contains("refused").doesNotContain("Exception");
    }
}
