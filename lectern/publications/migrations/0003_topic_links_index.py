"""An index of topic links by topic, then publication (Django's through table has one by topic
alone): a topic's newest publications are read from the index, not from each link's row
(``PublicationPage.related_publications``, ``PublicationQuerySet.about_topics``)."""

from django.db import migrations

TABLE = "publications_publicationpage_topics"
INDEX = "publications_topics_topic_publication"


class Migration(migrations.Migration):
    dependencies = [("publications", "0002_initial")]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX {INDEX} ON {TABLE} (topicpage_id, publicationpage_id)",
            f"DROP INDEX {INDEX}",
        )
    ]
