package org.marsad.watch.deliver;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends alert mails through SMTP (Jakarta Mail, Eclipse Angus): {@code multipart/alternative} with a plain-text
 * part and a right-to-left Arabic HTML part, both UTF-8.
 *
 * <p>Thread-safe: each send opens its own connection.
 */
public final class MailSender {
    /** The error of a mail that could not go because the server has no SMTP settings (pages tell it apart). */
    public static final String NOT_CONFIGURED = "no SMTP server configured (set MARSAD_SMTP_HOST)";
    private final SmtpSettings settings;
    private final Session session;

    /** @param settings the server, or null when none is configured (every send then fails, saying so) */
    public MailSender(SmtpSettings settings, Duration timeout) {
        this.settings = settings;
        Properties p = new Properties();
        if (settings != null) {
            String proto = settings.tls() == SmtpSettings.Tls.TLS ? "smtps" : "smtp";
            p.put("mail.transport.protocol", proto);
            p.put("mail." + proto + ".host", settings.host());
            p.put("mail." + proto + ".port", Integer.toString(settings.port()));
            p.put("mail." + proto + ".auth", Boolean.toString(settings.user() != null));
            p.put("mail." + proto + ".connectiontimeout", Long.toString(timeout.toMillis()));
            p.put("mail." + proto + ".timeout", Long.toString(timeout.toMillis()));
            p.put("mail." + proto + ".writetimeout", Long.toString(timeout.toMillis()));
            if (settings.tls() == SmtpSettings.Tls.STARTTLS) {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
            }
            if (settings.tls() != SmtpSettings.Tls.NONE) {
                p.put("mail." + proto + ".ssl.checkserveridentity", "true");
            }
        }
        this.session = Session.getInstance(p);
    }

    /** Whether an SMTP server is configured. */
    public boolean configured() {
        return settings != null;
    }

    /** Checks an address as typed by a user; null when it is fine, else why not. */
    public static String invalidAddress(String address) {
        try {
            new InternetAddress(address, true).validate();
            return address.contains("@") ? null : "not an e-mail address: " + address;
        } catch (AddressException e) {
            return "not an e-mail address: " + address;
        }
    }

    /** Sends one mail. Never throws: every outcome is a {@link SendOutcome}. */
    public SendOutcome send(String to, String subject, String text, String html) {
        if (settings == null) {
            return new SendOutcome.Failed(null, NOT_CONFIGURED);
        }
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(settings.from()));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            m.setSubject(subject, "UTF-8");
            m.setSentDate(new Date());
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8", "plain");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setText(html, "UTF-8", "html");
            MimeMultipart alt = new MimeMultipart("alternative", plain, rich);
            m.setContent(alt);
            m.setHeader("Content-Language", "ar");
            // RFC 3834: an alert is machine-sent, so vacation and other auto-replies must not answer it (their replies
            // would land in the sender's box for every alert while the reader is away).
            m.setHeader("Auto-Submitted", "auto-generated");
            if (settings.user() != null) {
                Transport.send(m, settings.user(), settings.password());
            } else {
                Transport.send(m);
            }
            return new SendOutcome.Delivered(null);
        } catch (AddressException e) {
            return new SendOutcome.Failed(null, "bad address: " + e.getMessage());
        } catch (AuthenticationFailedException e) {
            return new SendOutcome.Failed(null, "the SMTP server refused the user name or password");
        } catch (SMTPSendFailedException e) {
            // 4xx: try later; 5xx: the server will not take it.
            return e.getReturnCode() >= 500 ? new SendOutcome.Failed(null, "SMTP " + oneLine(e.getMessage()))
                    : new SendOutcome.Retry(null, "SMTP " + oneLine(e.getMessage()), null);
        } catch (SendFailedException e) {
            return new SendOutcome.Failed(null, "refused by the SMTP server: " + oneLine(e.getMessage()));
        } catch (MessagingException e) {
            return new SendOutcome.Retry(null, "SMTP: " + oneLine(rootMessage(e)), null);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }
}
