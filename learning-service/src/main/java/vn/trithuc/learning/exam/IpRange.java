package vn.trithuc.learning.exam;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 network in CIDR form ({@code 10.1.0.0/16}, {@code 2001:db8::/32}; a bare
 * address is one host). Only literal addresses are accepted: nothing is ever looked up in DNS.
 */
public record IpRange(byte[] network, int prefix, String text) {

    private static final String LITERAL = "[0-9A-Fa-f:.]{2,45}";

    /** Parses a range; {@link IllegalArgumentException} with the reason when it is not one. */
    public static IpRange parse(String value) {
        String text = value == null ? "" : value.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = literal(address);
        if (bytes == null) {
            throw new IllegalArgumentException("\"" + value + "\" is not an IP address or CIDR range");
        }
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            String bits = text.substring(slash + 1);
            if (!bits.matches("[0-9]{1,3}") || Integer.parseInt(bits) > bytes.length * 8) {
                throw new IllegalArgumentException("\"" + value + "\" has an invalid prefix length");
            }
            prefix = Integer.parseInt(bits);
        }
        return new IpRange(bytes, prefix, text);
    }

    /** Whether {@code ip} (a literal address; IPv4-mapped IPv6 counts as IPv4) lies in the range. */
    public boolean contains(String ip) {
        byte[] address = ip == null ? null : literal(ip.strip());
        if (address == null || address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (address[full] & mask) == (network[full] & mask);
    }

    private static byte[] literal(String address) {
        if (!address.matches(LITERAL)) {
            return null;
        }
        if (!address.contains(":")) {
            // dotted quad only, each part 0–255 (anything else would be taken for a host name)
            if (!address.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
                return null;
            }
            for (String part : address.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return null;
                }
            }
        }
        try {
            // a literal of digits, dots and colons only: InetAddress parses it without any lookup
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpRange r && r.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
