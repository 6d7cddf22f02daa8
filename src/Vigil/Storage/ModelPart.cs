using Microsoft.EntityFrameworkCore;

namespace Vigil.Storage;

/// <summary>
/// A part of <see cref="VigilDb"/>'s model that needs the running store's services, registered by the feature that owns
/// it (e.g. Security encrypts confidential fields with this store's keys). It runs after every IEntityTypeConfiguration,
/// and must not change the schema: design-time tools (migrations) build the model without it.
/// </summary>
public sealed record ModelPart(Action<ModelBuilder> Apply);
