package org.marsad.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    @Test
    void nonPublicAddressesAreRecognised() throws UnknownHostException {
        for (String a : List.of("127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255",
                "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
                "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(a))).as(a).isFalse();
        }
    }

    @Test
    void publicAddressesPass() throws UnknownHostException {
        for (String a : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
                "::ffff:8.8.8.8")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(a))).as(a).isTrue();
        }
    }

    @Test
    void everyResolvedAddressMustBePublic() throws UnknownHostException {
        AddressGuard guard = new AddressGuard(host -> List.of(
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")));

        FetchResult.Refused r = guard.check(URI.create("https://mixed.example/"), false);

        assertThat(r).isNotNull();
        assertThat(r.message()).contains("10.0.0.7");
        assertThat(guard.check(URI.create("https://mixed.example/"), true)).isNull();
    }
}
