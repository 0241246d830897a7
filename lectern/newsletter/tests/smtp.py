"""Real SMTP servers (aiosmtpd, on 127.0.0.1) that misbehave on purpose, for the sending tests.

``ScriptedMailbox`` refuses chosen recipients (temporarily with 451, for good with 550), counts
connections, and can hold the conversation at a chosen message so that a test can kill the
sending worker at that exact point.
"""

import asyncio
import threading

from aiosmtpd.controller import Controller

from lectern.core.tests.smtp import LocalSMTPServer, Mailbox


class ScriptedMailbox(Mailbox):
    def __init__(self):
        super().__init__()
        self.temporary = {}  # address -> how many more times to answer 451
        self.permanent = set()  # addresses answered 550
        self.connections = 0
        self.transactions = 0  # MAIL FROM commands seen
        self.hold_at_mail = None  # hold before accepting the Nth transaction's MAIL FROM …
        self.hold_after_data = None  # … or after storing the Nth message, before answering 250
        self.holding = threading.Event()
        self.release = threading.Event()

    async def _hold(self):
        self.holding.set()
        while not self.release.is_set():
            await asyncio.sleep(0.01)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):  # noqa: N802 (aiosmtpd's hook)
        self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: N802
        self.transactions += 1
        if self.transactions == self.hold_at_mail:
            await self._hold()
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.permanent:
            return "550 5.1.1 No such mailbox"
        if self.temporary.get(address, 0) > 0:
            self.temporary[address] -= 1
            return "451 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        answer = await super().handle_DATA(server, session, envelope)
        if len(self.messages) == self.hold_after_data:
            await self._hold()
        return answer


class ScriptedSMTPServer(LocalSMTPServer):
    def __init__(self):
        super().__init__()
        self.mailbox = ScriptedMailbox()
        self._controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)

    def __exit__(self, *exc):
        self.mailbox.release.set()
        super().__exit__(*exc)


def point_django_at(settings, server):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
