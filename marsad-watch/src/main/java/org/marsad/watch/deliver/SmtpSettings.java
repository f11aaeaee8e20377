package org.marsad.watch.deliver;

import java.util.Locale;
import java.util.Map;

/**
 * The SMTP server alerts are mailed through, from the environment: {@code MARSAD_SMTP_HOST}, {@code _PORT}
 * (default 25 without TLS, 587 with STARTTLS, 465 with TLS), {@code _USER}, {@code _PASSWORD}, {@code _FROM}
 * (default {@code marsad@HOST}) and {@code _TLS} = {@code none | starttls | tls} (default starttls).
 */
public record SmtpSettings(String host, int port, String user, String password, String from, Tls tls) {

    /** How the connection is protected. */
    public enum Tls {
        /** Plain SMTP (a relay on the same machine). */
        NONE,
        /** Plain, then upgraded with STARTTLS, which is required. */
        STARTTLS,
        /** TLS from the first byte (SMTPS). */
        TLS
    }

    /** The settings in an environment, or null when {@code MARSAD_SMTP_HOST} is not set. */
    public static SmtpSettings fromEnvironment(Map<String, String> env) {
        String host = blankToNull(env.get("MARSAD_SMTP_HOST"));
        if (host == null) {
            return null;
        }
        Tls tls = Tls.STARTTLS;
        String t = blankToNull(env.get("MARSAD_SMTP_TLS"));
        if (t != null) {
            try {
                tls = Tls.valueOf(t.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("MARSAD_SMTP_TLS must be none, starttls or tls, not '" + t + "'");
            }
        }
        int port = switch (tls) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case TLS -> 465;
        };
        String p = blankToNull(env.get("MARSAD_SMTP_PORT"));
        if (p != null) {
            try {
                port = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("MARSAD_SMTP_PORT is not a port number: '" + p + "'");
            }
        }
        String from = blankToNull(env.get("MARSAD_SMTP_FROM"));
        return new SmtpSettings(host, port, blankToNull(env.get("MARSAD_SMTP_USER")),
                blankToNull(env.get("MARSAD_SMTP_PASSWORD")), from == null ? "marsad@" + host : from, tls);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", tls=" + tls + ", user=" + user + ", from=" + from + "]";
    }
}
