using SleepFM.Datasets;
using SleepFM.Synthetic.Sleep;

namespace SleepFM.Tests.Synthetic;

public class SleepStageTextTests
{
    [Fact]
    public void The_stage_enum_and_the_class_indices_are_one_order()
    {
        foreach (var stage in Enum.GetValues<SleepStage>())
        {
            Assert.Equal(SleepStages.ClassNames[(int)stage], SleepStageText.ShortName(stage));
            Assert.Equal(stage, SleepStageText.Parse(SleepStageText.SleepEdfAnnotation(stage)));
            Assert.Equal(stage, SleepStageText.Parse(SleepStageText.ShortName(stage)));
        }
    }

    [Theory]
    [InlineData("Sleep stage 4", SleepStage.N3)]
    [InlineData("Sleep_stage_R", SleepStage.Rem)]
    [InlineData("wake", SleepStage.Wake)]
    [InlineData("S2", SleepStage.N2)]
    public void Reads_what_the_dataset_reader_reads(string text, SleepStage expected) => Assert.Equal(expected, SleepStageText.Parse(text));

    [Theory]
    [InlineData("Sleep stage ?")]
    [InlineData("Movement time")]
    [InlineData("Arousal")]
    public void Unscored_and_other_annotations_are_not_stages(string text) => Assert.Null(SleepStageText.Parse(text));
}
