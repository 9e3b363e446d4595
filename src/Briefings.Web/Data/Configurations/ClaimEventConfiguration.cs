using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Briefings.Web.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> claim)
    {
        claim.HasIndex(c => new { c.ArticleId, c.Index }).IsUnique();
        claim.HasIndex(c => c.SpeakerSlug);
        claim.HasIndex(c => c.SaidDate);
        claim.Property(c => c.Stance).HasConversion<string>().HasMaxLength(16);
        claim.Property(c => c.Hedge).HasConversion<string>().HasMaxLength(16);
        claim.Property(c => c.SaidPrecision).HasConversion<string>().HasMaxLength(16);
        claim.Property(c => c.AboutPrecision).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> @event)
    {
        @event.HasIndex(e => new { e.ArticleId, e.Index }).IsUnique();
        @event.HasIndex(e => e.Date);
        @event.HasIndex(e => e.Kind);
        @event.Property(e => e.DatePrecision).HasConversion<string>().HasMaxLength(16);
        @event.Property(e => e.Hedge).HasConversion<string>().HasMaxLength(16);
        @event.HasMany(e => e.Participants).WithOne(p => p.Event).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventParticipantConfiguration : IEntityTypeConfiguration<EventParticipant>
{
    public void Configure(EntityTypeBuilder<EventParticipant> participant)
    {
        participant.HasIndex(p => new { p.EventId, p.Role, p.Index }).IsUnique();
        participant.HasIndex(p => new { p.EntitySlug, p.Role });
        participant.HasIndex(p => p.EntityId);
        participant.Property(p => p.Role).HasConversion<string>().HasMaxLength(16);
        participant.HasOne(p => p.Entity).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> story)
    {
        story.HasIndex(s => s.Date);
        story.Property(s => s.DatePrecision).HasConversion<string>().HasMaxLength(16);
        story.HasMany(s => s.Members).WithOne(m => m.Story).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoryMemberConfiguration : IEntityTypeConfiguration<StoryMember>
{
    public void Configure(EntityTypeBuilder<StoryMember> member)
    {
        member.HasIndex(m => new { m.StoryId, m.EventId }).IsUnique();
        member.HasIndex(m => m.EventId);
        // A replaced article takes its events' memberships with it; the next cross-article run rebuilds stories.
        member.HasOne(m => m.Event).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FigureConfiguration : IEntityTypeConfiguration<Figure>
{
    public void Configure(EntityTypeBuilder<Figure> figure) =>
        figure.HasMany(f => f.Values).WithOne(v => v.Figure).OnDelete(DeleteBehavior.Cascade);
}

internal sealed class FigureValueConfiguration : IEntityTypeConfiguration<FigureValue>
{
    public void Configure(EntityTypeBuilder<FigureValue> value)
    {
        value.HasIndex(v => v.ArticleId);
        value.HasOne(v => v.Article).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
