using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Briefings.Web.Data.Configurations;

internal sealed class ContradictionConfiguration : IEntityTypeConfiguration<Contradiction>
{
    public void Configure(EntityTypeBuilder<Contradiction> contradiction)
    {
        // A replaced article takes its links with it, from either side; the next cross-article run rebuilds them.
        contradiction.HasOne(c => c.DenialArticle).WithMany().HasForeignKey(c => c.DenialArticleId).OnDelete(DeleteBehavior.Cascade);
        contradiction.HasOne(c => c.ReportArticle).WithMany().HasForeignKey(c => c.ReportArticleId).OnDelete(DeleteBehavior.Cascade);
        contradiction.HasOne(c => c.DenialClaim).WithMany().HasForeignKey(c => c.DenialClaimId).OnDelete(DeleteBehavior.Cascade);
        contradiction.HasOne(c => c.DenialEvent).WithMany().HasForeignKey(c => c.DenialEventId).OnDelete(DeleteBehavior.Cascade);
        contradiction.HasOne(c => c.ReportClaim).WithMany().HasForeignKey(c => c.ReportClaimId).OnDelete(DeleteBehavior.Cascade);
        contradiction.HasOne(c => c.ReportEvent).WithMany().HasForeignKey(c => c.ReportEventId).OnDelete(DeleteBehavior.Cascade);
    }
}
