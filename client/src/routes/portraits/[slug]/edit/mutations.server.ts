import { graphql } from '$lib/graphql/generated';

// One document per operation of the editor: each answers what to fix, and the draft's new version.

export const UpdatePortrait = graphql(`
  mutation EditorUpdatePortrait($input: UpdatePortraitInput!) {
    updatePortrait(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const AddIndicator = graphql(`
  mutation EditorAddIndicator($input: IndicatorInput!) {
    addIndicator(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateIndicator = graphql(`
  mutation EditorUpdateIndicator($input: IndicatorInput!) {
    updateIndicator(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RemoveIndicator = graphql(`
  mutation EditorRemoveIndicator($input: PortraitItemInput!) {
    removeIndicator(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const MoveIndicator = graphql(`
  mutation EditorMoveIndicator($input: MovePortraitItemInput!) {
    moveIndicator(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const AddFundingLine = graphql(`
  mutation EditorAddFundingLine($input: FundingLineInput!) {
    addFundingLine(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateFundingLine = graphql(`
  mutation EditorUpdateFundingLine($input: FundingLineInput!) {
    updateFundingLine(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RemoveFundingLine = graphql(`
  mutation EditorRemoveFundingLine($input: PortraitItemInput!) {
    removeFundingLine(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const MoveFundingLine = graphql(`
  mutation EditorMoveFundingLine($input: MovePortraitItemInput!) {
    moveFundingLine(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SetPortraitPartners = graphql(`
  mutation EditorSetPortraitPartners($input: SetPortraitPartnersInput!) {
    setPortraitPartners(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RecordStageChange = graphql(`
  mutation EditorRecordStageChange($input: RecordStageChangeInput!) {
    recordStageChange(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SetReplicatedFrom = graphql(`
  mutation EditorSetReplicatedFrom($input: SetReplicatedFromInput!) {
    setReplicatedFrom(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SetAnsweredFindings = graphql(`
  mutation EditorSetAnsweredFindings($input: SetAnsweredFindingsInput!) {
    setAnsweredFindings(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const AddPortraitImage = graphql(`
  mutation EditorAddPortraitImage($input: PortraitImageInput!) {
    addPortraitImage(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UpdatePortraitImage = graphql(`
  mutation EditorUpdatePortraitImage($input: PortraitImageInput!) {
    updatePortraitImage(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RemovePortraitImage = graphql(`
  mutation EditorRemovePortraitImage($input: PortraitItemInput!) {
    removePortraitImage(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const MovePortraitImage = graphql(`
  mutation EditorMovePortraitImage($input: MovePortraitItemInput!) {
    movePortraitImage(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SubmitPortrait = graphql(`
  mutation EditorSubmitPortrait($input: PortraitDraftInput!) {
    submitPortrait(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const PublishPortrait = graphql(`
  mutation EditorPublishPortrait($input: PortraitDraftInput!) {
    publishPortrait(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const WithdrawPortrait = graphql(`
  mutation EditorWithdrawPortrait($input: PortraitDraftInput!) {
    withdrawPortrait(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RestorePortraitRevision = graphql(`
  mutation EditorRestorePortraitRevision($input: RestorePortraitRevisionInput!) {
    restorePortraitRevision(input: $input) {
      portrait {
        id
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
