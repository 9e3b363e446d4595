using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Briefings.Web.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.HasIndex(a => a.SourcePath).IsUnique();
        article.HasIndex(a => a.FileName);
        article.HasIndex(a => a.Published);
        article.HasIndex(a => a.ContentHash);
        article.Property(a => a.Format).HasConversion<string>().HasMaxLength(16);
        article.HasMany(a => a.Sections).WithOne(s => s.Article).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Paragraphs).WithOne(p => p.Article).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Appearances).WithOne(x => x.Article).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Mentions).WithOne(m => m.Article).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Claims).WithOne(c => c.Article).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Events).WithOne(e => e.Article).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Dates).WithOne(d => d.Article).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MentionedDateConfiguration : IEntityTypeConfiguration<MentionedDate>
{
    public void Configure(EntityTypeBuilder<MentionedDate> date)
    {
        date.ToTable("DateMentions");
        date.HasIndex(d => new { d.ArticleId, d.Index }).IsUnique();
        date.Property(d => d.Type).HasConversion<string>().HasMaxLength(16);
        date.Property(d => d.Value).HasMaxLength(64);
    }
}

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> section) =>
        section.HasIndex(s => new { s.ArticleId, s.Index }).IsUnique();
}

internal sealed class ParagraphConfiguration : IEntityTypeConfiguration<Paragraph>
{
    public void Configure(EntityTypeBuilder<Paragraph> paragraph)
    {
        paragraph.HasIndex(p => new { p.ArticleId, p.Index }).IsUnique();
        paragraph.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        // Both a paragraph and its section go with their article; the section link only groups.
        paragraph.HasOne(p => p.Section).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class IngestionStateConfiguration : IEntityTypeConfiguration<IngestionState>
{
    public void Configure(EntityTypeBuilder<IngestionState> state)
    {
        state.Property(s => s.Id).ValueGeneratedNever();
        state.HasData(new IngestionState());
    }
}
