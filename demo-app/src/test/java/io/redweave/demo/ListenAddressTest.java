package io.redweave.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DemoExtension.class)
class ListenAddressTest {

    @Test
    void server_byDefault_answersOn127001Only(DemoFixture demo) throws Exception {
        int port = demo.server().port();
        try (Socket ok = new Socket()) {
            ok.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 2_000);
        }

        // another loopback address of this machine: a server on every interface would answer it
        assertThatThrownBy(() -> {
                    try (Socket other = new Socket()) {
                        other.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), port), 2_000);
                    }
                })
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void settings_hostUnset_is127001() {
        assertThat(Settings.fromEnvironment(Map.of()).host()).isEqualTo("127.0.0.1");
    }

    @Test
    void settings_hostSet_isUsed() {
        assertThat(Settings.fromEnvironment(Map.of("HOST", "0.0.0.0")).host()).isEqualTo("0.0.0.0");
    }
}
