using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Briefings.Web.Data.Configurations;

internal sealed class EntityConfiguration : IEntityTypeConfiguration<Entity>
{
    public void Configure(EntityTypeBuilder<Entity> entity)
    {
        entity.HasIndex(e => e.Slug).IsUnique();
        entity.HasIndex(e => e.Type);
        entity.HasIndex(e => e.Region);
        entity.HasIndex(e => e.AffiliationSlug);
        entity.Property(e => e.Type).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class AppearanceConfiguration : IEntityTypeConfiguration<Appearance>
{
    public void Configure(EntityTypeBuilder<Appearance> appearance)
    {
        appearance.HasIndex(a => new { a.ArticleId, a.EntityId }).IsUnique();
        appearance.HasIndex(a => a.EntityId);
        // Entities outlive the articles that name them; an entity in use cannot be deleted.
        appearance.HasOne(a => a.Entity).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> mention)
    {
        mention.HasIndex(m => m.EntityId);
        mention.HasIndex(m => new { m.ArticleId, m.ParagraphIndex });
        mention.HasOne(m => m.Entity).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
