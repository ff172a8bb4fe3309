package vn.trithuc.learning.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IpRangeTest {

    @Test
    void ipv4AndIpv6Ranges() {
        IpRange room = IpRange.parse("10.9.0.0/16");
        assertThat(room.contains("10.9.200.7")).isTrue();
        assertThat(room.contains("10.10.0.1")).isFalse();
        assertThat(room.contains("::1")).isFalse();
        assertThat(IpRange.parse("192.168.1.0/25").contains("192.168.1.127")).isTrue();
        assertThat(IpRange.parse("192.168.1.0/25").contains("192.168.1.128")).isFalse();
        assertThat(IpRange.parse("2001:db8::/32").contains("2001:db8:1::5")).isTrue();
        assertThat(IpRange.parse("127.0.0.1").contains("127.0.0.1")).isTrue();
        assertThat(IpRange.parse("0.0.0.0/0").contains("8.8.8.8")).isTrue();
    }

    @Test
    void namesAndNonsenseAreRefusedWithoutLookingAnythingUp() {
        for (String bad : new String[] {"example.org", "10.0.0.0/33", "999.1.1.1", "10.0.0", "", "::1/129", "1.2.3.4/x"}) {
            assertThatThrownBy(() -> IpRange.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(IpRange.parse("10.0.0.0/8").contains("example.org")).isFalse();
        assertThat(IpRange.parse("10.0.0.0/8").contains(null)).isFalse();
    }
}
